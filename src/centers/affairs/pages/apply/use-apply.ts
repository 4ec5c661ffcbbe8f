import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { useLoad } from '../../../../hooks/use-load'
import { useSubmit } from '../../../../hooks/use-submit'
import { callCloud, errorMessage, invalidInput } from '../../../../services/cloud'
import { pickAndUploadPhotos } from '../../../../services/upload'
import { account } from '../../../../shared/contracts/account'
import { affairs } from '../../../../shared/contracts/affairs'
import { type ApplicationDraft, descriptionOf, EMPTY_APPLICATION, MAX_PHOTOS, problems, stationOf, toApplicationInput, withoutPhoto } from './draft'

/** 在线申请: the service, the applicant, the returned application being corrected (if any), the form and its submit. */
export function useApply() {
  const { params } = useRouter()
  const serviceId = params.serviceId ?? ''
  const applicationId = params.applicationId
  const context = useLoad(async () => {
    const [service, me, returned] = await Promise.all([
      callCloud(affairs, 'getService', { serviceId }),
      callCloud(account, 'whoami', {}),
      applicationId ? callCloud(affairs, 'getApplication', { applicationId }) : Promise.resolve(null),
    ])
    return { service, me, returned }
  }, [serviceId, applicationId])
  const [draft, setDraft] = useState<ApplicationDraft>(EMPTY_APPLICATION)
  const sending = useSubmit()
  const [uploadProblem, setUploadProblem] = useState<string | null>(null)

  const returned = context.data?.returned ?? null
  const stations = context.data?.service.places.filter((p) => p.kind === 'station') ?? []
  const station = stationOf(draft, stations, returned, context.data?.me.profile?.community)
  const description = descriptionOf(draft, returned)

  const addPhotos = async () => {
    const service = context.data?.service
    if (!service) return
    setUploadProblem(null)
    try {
      const added = await pickAndUploadPhotos(MAX_PHOTOS - draft.files.length, 'applicationMaterial')
      setDraft((d) => ({ ...d, files: [...d.files, ...added] }))
      sending.forget()
    } catch (e) {
      setUploadProblem(`照片上传失败：${errorMessage(e)}`)
    }
  }

  const submit = () =>
    sending.run(async (requestId) => {
      if (!station) return
      const input = toApplicationInput(serviceId, station, description, draft, applicationId)
      const fields = problems(input)
      if (Object.keys(fields).length) throw invalidInput(fields)
      const app = await callCloud(affairs, 'submitApplication', input, { requestId })
      await Taro.redirectTo({ url: `/centers/affairs/pages/application/index?id=${app.id}` })
    })

  return {
    context,
    stations,
    station,
    description,
    files: draft.files,
    fields: sending.fields,
    busy: sending.busy,
    problem: uploadProblem ?? sending.problem,
    chooseStation: (id: string) => {
      setDraft((d) => ({ ...d, stationId: id }))
      sending.forget('stationId')
    },
    describe: (text: string) => {
      setDraft((d) => ({ ...d, description: text }))
      sending.forget('fields.0.value')
    },
    addPhotos,
    removePhoto: (file: string) => setDraft((d) => withoutPhoto(d, file)),
    submit,
  }
}
