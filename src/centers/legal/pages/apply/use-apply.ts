import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { useLoad } from '@/hooks/use-load'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud, errorMessage, invalidInput } from '@/services/cloud'
import { requestSubscriptions } from '@/services/subscribe'
import { pickAndUploadPhotos } from '@/services/upload'
import { legal } from '@/shared/contracts/legal'
import type { Matter, Stage, Who } from '@/shared/domain/legal/eligibility'
import { type AidDraft, EMPTY_AID, fromReturned, MAX_MATERIALS, problems, showsHardship, toAidInput } from './draft'

/** 法律援助申请: the answers of the check carried in, a returned application to complete, the form and its submit. */
export function useApplyAid() {
  const { params } = useRouter()
  const applicationId = params.applicationId
  const returned = useLoad(async () => (applicationId ? callCloud(legal, 'getAidApplication', { applicationId }) : null), [applicationId])
  const [draft, setDraft] = useState<AidDraft>({ ...EMPTY_AID, who: params.who as Who, matter: params.matter as Matter, stage: params.stage as Stage })
  useEffect(() => {
    if (returned.data) setDraft(fromReturned(returned.data))
  }, [returned.data])
  const sending = useSubmit()
  const [uploadProblem, setUploadProblem] = useState<string | null>(null)

  const set = <K extends keyof AidDraft>(key: K, field = key as string) => (value: AidDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }))
    sending.forget(field)
  }

  const addPhotos = async () => {
    setUploadProblem(null)
    try {
      const added = await pickAndUploadPhotos(MAX_MATERIALS - draft.photos.length, 'legalMaterial')
      setDraft((d) => ({ ...d, photos: [...d.photos, ...added.map((a) => ({ file: a.fileID, url: a.preview }))] }))
      sending.forget('materialFiles')
    } catch (e) {
      setUploadProblem(`照片上传失败：${errorMessage(e)}`)
    }
  }

  const submit = () =>
    sending.run(async (requestId) => {
      const input = toAidInput(draft, applicationId)
      const fields = problems(input)
      if (Object.keys(fields).length) throw invalidInput(fields)
      // from the tap that files it: the progress notices the page promises
      await requestSubscriptions(['legalProgress'])
      const app = await callCloud(legal, 'applyAid', input, { requestId })
      await Taro.redirectTo({ url: `/centers/legal/pages/aid/index?id=${app.id}` })
    })

  return {
    returned,
    resubmitting: !!applicationId,
    draft,
    set,
    hardship: showsHardship(draft),
    fields: sending.fields,
    busy: sending.busy,
    problem: uploadProblem ?? sending.problem,
    addPhotos,
    removePhoto: (file: string) => setDraft((d) => ({ ...d, photos: d.photos.filter((p) => p.file !== file) })),
    submit,
  }
}
