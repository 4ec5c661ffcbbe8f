import Taro, { useDidShow } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import { useLoad } from '@/hooks/use-load'
import { usePagedList } from '@/hooks/use-paged-list'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud, errorMessage, invalidInput } from '@/services/cloud'
import { toastDone } from '@/services/dialog'
import { requestSubscriptions } from '@/services/subscribe'
import { pickAndUploadPhotos } from '@/services/upload'
import { employment } from '@/shared/contracts/employment'
import { EMPTY_EMPLOYER, type EmployerDraft, employerFrom, employerProblems, toEmployerInput } from './draft'

/** 单位招聘: the registration (form until verified, its standing after), and the employer's postings. */
export function useEmployer() {
  const employer = useLoad(() => callCloud(employment, 'getEmployer', {}), [])
  const [editing, setEditing] = useState(false)
  const [draft, setDraft] = useState<EmployerDraft>(EMPTY_EMPLOYER)
  useEffect(() => {
    if (employer.data !== null || !employer.loading) setDraft(employerFrom(employer.data ?? null))
  }, [employer.data, employer.loading])
  const registered = !!employer.data
  // before registering there are no postings to ask for
  const fetchJobs = useCallback(
    (page: number) => (registered ? callCloud(employment, 'listJobs', { scope: 'mine', page, pageSize: 10 }) : Promise.resolve({ items: [], page, pageSize: 10, hasMore: false })),
    [registered],
  )
  const jobs = usePagedList(fetchJobs)
  const shownBefore = useRef(false)
  // back from the editor: the new posting is in the list
  useDidShow(() => {
    if (shownBefore.current) void jobs.reload()
    shownBefore.current = true
  })
  const sending = useSubmit()
  const [uploadProblem, setUploadProblem] = useState<string | null>(null)
  const change = (patch: Partial<EmployerDraft>) => {
    setDraft((d) => ({ ...d, ...patch }))
    for (const key of Object.keys(patch)) sending.forget(key)
  }
  const addLicense = async () => {
    setUploadProblem(null)
    try {
      const [photo] = await pickAndUploadPhotos(1, 'employerLicense')
      if (photo) change({ licenseFile: photo.fileID, licensePreview: photo.preview })
    } catch (e) {
      setUploadProblem(`照片上传失败：${errorMessage(e)}`)
    }
  }
  const submit = () =>
    sending.run(async (requestId) => {
      const fields = employerProblems(draft, null)
      if (Object.keys(fields).length) throw invalidInput(fields)
      // from the tap that submits: the review result is sent as a notice
      await requestSubscriptions(['employerReviewed'])
      employer.set(await callCloud(employment, 'registerEmployer', toEmployerInput(draft, null), { requestId }))
      setEditing(false)
      await toastDone('已提交审核')
    })
  return {
    employer,
    showForm: !employer.data || editing,
    edit: () => {
      setDraft({ ...employerFrom(employer.data ?? null), licenseFile: '', licensePreview: '' })
      setEditing(true)
    },
    draft,
    change,
    addLicense,
    submit,
    busy: sending.busy,
    problem: uploadProblem ?? sending.problem,
    fields: sending.fields,
    jobs,
    newJob: () => Taro.navigateTo({ url: '/centers/employment/pages/editor/index' }),
  }
}
export type EmployerPage = ReturnType<typeof useEmployer>
