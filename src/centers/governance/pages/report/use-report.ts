import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { useLoad } from '@/hooks/use-load'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud, errorMessage, invalidInput } from '@/services/cloud'
import { confirmAction, toastDone } from '@/services/dialog'
import { requestSubscriptions } from '@/services/subscribe'
import { pickAndUploadPhotos } from '@/services/upload'
import { governance, MAX_REPORT_PHOTOS } from '@/shared/contracts/governance'
import { type ActDraft, EMPTY_ACT, inputOf, offered, problemsOf } from './draft'

type ActionName = Parameters<typeof inputOf>[0]

const DONE: Partial<Record<ActionName, string>> = { acceptReport: '已受理', disposeReport: '已提交处置', closeReport: '已关闭', confirmReport: '感谢确认', reopenReport: '已重新办理', rateReport: '感谢评价', dispatchReport: '已派单', updateReport: '已更新' }

const HANDLING = new Set<ActionName>(['acceptReport', 'updateReport', 'disposeReport', 'closeReport', 'dispatchReport'])

/** 问题详情: the report, the moves the reader may make and their forms; command staff also get grids and teams to dispatch to. */
export function useReport() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const loaded = useLoad(async () => {
    const report = await callCloud(governance, 'getReport', { reportId: id })
    const targets = report.viewer.isCommand && report.moves.includes('dispatch') ? await callCloud(governance, 'listGrids', {}) : null
    return { report, targets }
  }, [id])
  const [draft, setDraft] = useState<ActDraft>(EMPTY_ACT)
  const acting = useSubmit()
  const [note, setNote] = useState<string | null>(null)

  const act = (action: ActionName) =>
    acting.run(async (requestId) => {
      const data = loaded.data
      if (!data) return
      const fields = problemsOf(action, id, draft)
      if (Object.keys(fields).length) throw invalidInput(fields)
      if (action === 'closeReport' && !(await confirmAction({ title: '关闭此问题？', content: '关闭后将告知上报人关闭原因，问题不再处置。', confirmText: '确定关闭' }))) return
      if (action === 'followReport') await requestSubscriptions(['reportProgress'])
      // handlers and command staff: the tap that handles one report lets the next assignment (or escalation) be told
      else if (HANDLING.has(action)) await requestSubscriptions(['reportAssigned'])
      if (action === 'followReport') {
        await callCloud(governance, 'followReport', { reportId: id }, { requestId })
        await loaded.reload()
        await toastDone('已关注')
        return
      }
      // biome-ignore lint/suspicious/noExplicitAny: each action takes the input inputOf builds for it
      const next = await callCloud(governance, action as 'acceptReport', inputOf(action, id, draft) as any, { requestId })
      loaded.set({ report: next, targets: data.targets })
      setDraft(EMPTY_ACT)
      await toastDone(DONE[action] ?? '已完成')
    }, action)

  const addPhotos = async () => {
    setNote(null)
    try {
      const added = await pickAndUploadPhotos(MAX_REPORT_PHOTOS - draft.photos.length, 'disposalPhoto')
      setDraft((d) => ({ ...d, photos: [...d.photos, ...added.map((a) => ({ file: a.fileID, url: a.preview }))] }))
    } catch (e) {
      setNote(`照片上传失败：${errorMessage(e)}`)
    }
  }

  return {
    loaded,
    offered: loaded.data ? offered(loaded.data.report) : null,
    draft,
    change: (patch: Partial<ActDraft>) => {
      setDraft((d) => ({ ...d, ...patch }))
      acting.forget()
    },
    act: (action: ActionName) => void act(action),
    addPhotos: () => void addPhotos(),
    removePhoto: (file: string) => setDraft((d) => ({ ...d, photos: d.photos.filter((p) => p.file !== file) })),
    fields: acting.fields,
    busy: acting.busy,
    problem: note ?? acting.problem,
  }
}
