import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { useLoad } from '@/hooks/use-load'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud, errorMessage } from '@/services/cloud'
import { confirmAction, toastDone } from '@/services/dialog'
import { requestSubscriptions } from '@/services/subscribe'
import { pickAndUploadPhotos } from '@/services/upload'
import { party } from '@/shared/contracts/party'

/** 心愿详情: claim, say it was delivered, and for staff vet it or confirm it with a photo. */
export function useWish() {
  const { params } = useRouter()
  const wishId = params.id ?? ''
  const loaded = useLoad(() => callCloud(party, 'getWish', { wishId }), [wishId])
  const sending = useSubmit()
  const [note, setNote] = useState('')
  const [reason, setReason] = useState('')
  const [photos, setPhotos] = useState<Array<{ file: string; url: string }>>([])
  const [uploadProblem, setUploadProblem] = useState<string | null>(null)
  const done = async (next: Awaited<ReturnType<typeof loaded.reload>> | unknown, text: string) => {
    loaded.set(next as never)
    await toastDone(text)
  }
  const claim = () =>
    void sending.run(async (requestId) => {
      const w = loaded.data
      if (!w || !(await confirmAction({ title: '认领这个心愿？', content: `请在 7 天内把心愿物品送到社区党群服务站（${w.handOver}），超期未送达心愿会退回。`, confirmText: '确定认领' }))) return
      await requestSubscriptions(['partyProgress'])
      await done(await callCloud(party, 'claimWish', { wishId }, { requestId }), '认领成功')
    }, 'claim')
  const fulfil = () =>
    void sending.run(async (requestId) => {
      await done(await callCloud(party, 'fulfilWish', { wishId, note }, { requestId }), '已告知社区')
    }, 'fulfil')
  const vet = (approve: boolean) =>
    void sending.run(async (requestId) => {
      // the community's staff hear when an approved wish has been delivered
      if (approve) await requestSubscriptions(['partyProgress'])
      await done(await callCloud(party, 'vetWish', { wishId, approve, reason: approve ? undefined : reason }, { requestId }), approve ? '已公布' : '已退回')
    }, `vet:${approve}`)
  const confirm = () =>
    void sending.run(async (requestId) => {
      await done(await callCloud(party, 'confirmWish', { wishId, photos: photos.map((p) => p.file) }, { requestId }), '已确认实现')
    }, 'confirm')
  const addPhoto = async () => {
    setUploadProblem(null)
    try {
      const added = await pickAndUploadPhotos(3 - photos.length, 'wishPhoto')
      setPhotos((p) => [...p, ...added.map((a) => ({ file: a.fileID, url: a.preview }))])
      sending.forget('photos')
    } catch (e) {
      setUploadProblem(`照片上传失败：${errorMessage(e)}`)
    }
  }
  return {
    loaded,
    note,
    setNote: (n: string) => {
      setNote(n)
      sending.forget('note')
    },
    reason,
    setReason: (r: string) => {
      setReason(r)
      sending.forget('reason')
    },
    photos,
    addPhoto: () => void addPhoto(),
    removePhoto: (file: string) => setPhotos((p) => p.filter((x) => x.file !== file)),
    claim,
    fulfil,
    vet,
    confirm,
    busy: sending.busy,
    problem: uploadProblem ?? sending.problem,
    fields: sending.fields,
  }
}
