import Taro from '@tarojs/taro'
import { useState } from 'react'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud, errorMessage, invalidInput } from '@/services/cloud'
import { requestSubscriptions } from '@/services/subscribe'
import { pickAndUploadPhotos } from '@/services/upload'
import { MAX_OPINION_PHOTOS, voice } from '@/shared/contracts/voice'
import { EMPTY_OPINION, type OpinionDraft, problems, toOpinionInput } from './draft'

/** 反映意见: the form, its photos, and the send (nothing typed is lost when it fails). */
export function useSend() {
  const [draft, setDraft] = useState<OpinionDraft>(EMPTY_OPINION)
  const [note, setNote] = useState<string | null>(null)
  const sending = useSubmit()
  const change = (patch: Partial<OpinionDraft>) => {
    setDraft((d) => ({ ...d, ...patch }))
    for (const field of Object.keys(patch)) sending.forget(field)
  }
  const addPhotos = async () => {
    setNote(null)
    try {
      const added = await pickAndUploadPhotos(MAX_OPINION_PHOTOS - draft.photos.length, 'opinionPhoto')
      setDraft((d) => ({ ...d, photos: [...d.photos, ...added.map((a) => ({ file: a.fileID, url: a.preview }))] }))
    } catch (e) {
      setNote(`照片上传失败：${errorMessage(e)}`)
    }
  }
  const submit = () =>
    sending.run(async (requestId) => {
      const fields = problems(draft)
      if (Object.keys(fields).length) throw invalidInput(fields)
      // from the tap: the progress notice the page promises
      await requestSubscriptions(['voiceProgress'])
      const o = await callCloud(voice, 'submitOpinion', toOpinionInput(draft), { requestId })
      await Taro.redirectTo({ url: `/centers/residents/pages/opinion/index?id=${o.id}` })
    })
  return {
    draft,
    change,
    addPhotos,
    removePhoto: (file: string) => change({ photos: draft.photos.filter((p) => p.file !== file) }),
    submit,
    fields: sending.fields,
    busy: sending.busy,
    problem: note ?? sending.problem,
  }
}
