import Taro, { useDidShow } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import { useLoad } from '@/hooks/use-load'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud, errorMessage, invalidInput } from '@/services/cloud'
import { toastDone } from '@/services/dialog'
import { requestSubscriptions } from '@/services/subscribe'
import { pickAndUploadPhotos } from '@/services/upload'
import { account } from '@/shared/contracts/account'
import type { InputOf, OutputOf } from '@/shared/contracts/define'
import { governance, MAX_REPORT_PHOTOS } from '@/shared/contracts/governance'
import { MAP_AVAILABLE, pickPlace } from '../../services/location'
import { EMPTY_REPORT, placeOf, problems, type ReportDraft, toReportInput } from './draft'

type Nearby = OutputOf<typeof governance, 'nearbyReports'>['items']
type NearbyInput = InputOf<typeof governance, 'nearbyReports'>

/** 随手拍: the form, the same problems nearby (follow instead of a duplicate), the photos, the map pick and the submit. */
export function useNewReport() {
  const me = useLoad(() => callCloud(account, 'whoami', {}), [])
  const shownBefore = useRef(false)
  // back from 个人资料: the building may be known now
  useDidShow(() => {
    if (shownBefore.current) void me.reload()
    shownBefore.current = true
  })
  const profile = me.data?.profile
  // a profile saved without its community or address cannot route a report either
  const home = profile?.community && profile.address ? { community: profile.community, address: profile.address } : null
  const [draft, setDraft] = useState<ReportDraft>(EMPTY_REPORT)
  const [nearby, setNearby] = useState<Nearby>([])
  const [note, setNote] = useState<string | null>(null)
  const sending = useSubmit()
  const following = useSubmit()

  const place = placeOf(draft, home)
  // the nearby query as a value: a new place or category looks again
  const query = JSON.stringify(draft.category && place ? { category: draft.category, community: place.community, point: place.point, building: place.building } : null)
  useEffect(() => {
    const input = JSON.parse(query) as NearbyInput | null
    if (!input) return setNearby([])
    callCloud(governance, 'nearbyReports', input)
      .then((r) => setNearby(r.items.filter((i) => !i.mine)))
      .catch(() => setNearby([]))
  }, [query])

  const change = useCallback((patch: Partial<ReportDraft>) => {
    setDraft((d) => ({ ...d, ...patch }))
    for (const field of Object.keys(patch)) sending.forget(field)
  }, [sending.forget])

  const addPhotos = async () => {
    setNote(null)
    try {
      const added = await pickAndUploadPhotos(MAX_REPORT_PHOTOS - draft.photos.length, 'reportPhoto')
      setDraft((d) => ({ ...d, photos: [...d.photos, ...added.map((a) => ({ file: a.fileID, url: a.preview }))] }))
    } catch (e) {
      setNote(`照片上传失败：${errorMessage(e)}`)
    }
  }

  const pickOnMap = async () => {
    const picked = await pickPlace()
    if (picked) change({ picked: { name: picked.name, lat: picked.lat, lng: picked.lng } })
    else setNote(MAP_AVAILABLE ? '没有选择位置，将按您的楼栋上报' : '此处无法打开地图，将按您的楼栋上报')
  }

  const follow = (reportId: string) =>
    following.run(async (requestId) => {
      await requestSubscriptions(['reportProgress'])
      await callCloud(governance, 'followReport', { reportId }, { requestId })
      await toastDone('已关注')
      await Taro.redirectTo({ url: `/centers/governance/pages/report/index?id=${reportId}` })
    }, `follow:${reportId}`)

  const submit = () =>
    sending.run(async (requestId) => {
      const input = toReportInput(draft, home)
      const fields = problems(input)
      if (Object.keys(fields).length || !input) throw invalidInput(fields)
      // from the tap that files it: the progress notices promised on the page
      await requestSubscriptions(['reportProgress'])
      const r = await callCloud(governance, 'report', input, { requestId })
      await Taro.redirectTo({ url: `/centers/governance/pages/report/index?id=${r.id}` })
    })

  return {
    me,
    home,
    draft,
    change,
    nearby,
    addPhotos,
    removePhoto: (file: string) => change({ photos: draft.photos.filter((p) => p.file !== file) }),
    pickOnMap,
    useBuilding: () => change({ picked: null }),
    follow,
    submit,
    fields: sending.fields,
    busy: sending.busy || following.busy,
    problem: note ?? following.problem ?? sending.problem,
  }
}
