import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { useRef, useState } from 'react'
import { useLoad } from '@/hooks/use-load'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud, errorMessage, invalidInput } from '@/services/cloud'
import { requestSubscriptions } from '@/services/subscribe'
import { pickAndUploadPhotos } from '@/services/upload'
import { account } from '@/shared/contracts/account'
import { affairs } from '@/shared/contracts/affairs'
import { type ApplicationDraft, descriptionOf, EMPTY_APPLICATION, MAX_PHOTOS, photosOf, problems, stationOf, toApplicationInput, withoutPhoto, withPhotos } from './draft'

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
  const shownBefore = useRef(false)
  // back from 个人资料: check again whether the profile is complete
  useDidShow(() => {
    if (shownBefore.current) void context.reload()
    shownBefore.current = true
  })
  const [draft, setDraft] = useState<ApplicationDraft>(EMPTY_APPLICATION)
  const sending = useSubmit()
  const [uploadProblem, setUploadProblem] = useState<string | null>(null)

  const returned = context.data?.returned ?? null
  const stations = context.data?.service.places.filter((p) => p.kind === 'station') ?? []
  const station = stationOf(draft, stations, returned, context.data?.me.profile?.community)
  const description = descriptionOf(draft, returned)
  const photos = photosOf(draft, returned)

  const addPhotos = async (material: string) => {
    const service = context.data?.service
    if (!service) return
    setUploadProblem(null)
    try {
      const added = await pickAndUploadPhotos(MAX_PHOTOS - photos.length, 'applicationMaterial')
      setDraft((d) => withPhotos(d, returned, material, added.map((a) => ({ file: a.fileID, url: a.preview }))))
      sending.forget('materialFiles')
    } catch (e) {
      setUploadProblem(`照片上传失败：${errorMessage(e)}`)
    }
  }

  const submit = () =>
    sending.run(async (requestId) => {
      if (!station) return
      const input = toApplicationInput(serviceId, station, description, photos, applicationId)
      const fields = problems(input, context.data?.service.materials)
      if (Object.keys(fields).length) throw invalidInput(fields)
      // from the tap that files it: the progress notices promised on the page
      await requestSubscriptions(['applicationProgress'])
      const app = await callCloud(affairs, 'submitApplication', input, { requestId })
      await Taro.redirectTo({ url: `/centers/affairs/pages/application/index?id=${app.id}` })
    })

  return {
    context,
    stations,
    station,
    description,
    photos,
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
    removePhoto: (file: string) => {
      setDraft((d) => withoutPhoto(d, returned, file))
      sending.forget('materialFiles')
    },
    submit,
  }
}
