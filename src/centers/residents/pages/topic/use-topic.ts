import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { useLoad } from '@/hooks/use-load'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud, errorMessage } from '@/services/cloud'
import { toastDone } from '@/services/dialog'
import { pickAndUploadPhotos } from '@/services/upload'
import type { OutputOf } from '@/shared/contracts/define'
import { MAX_PROGRESS_PHOTOS, voice } from '@/shared/contracts/voice'

type Topic = OutputOf<typeof voice, 'getTopic'>

/** What residents and staff type on a topic's page (one at a time). */
export interface TopicForm {
  text: string
  option: string | undefined
  score: number
  at: string
  place: string
  agenda: string
  attendance: string
  minutes: string
  decision: string
  reasons: string
  accepted: boolean
  needsVote: boolean
  question: string
  options: string
  perHousehold: boolean
  closesAt: string
  taskTitle: string
  owner: string
  dueDay: string
  taskId: string | undefined
  done: boolean
  photos: Array<{ file: string; url: string }>
}

const EMPTY: TopicForm = {
  text: '', option: undefined, score: 0, at: '', place: '', agenda: '', attendance: '', minutes: '', decision: '', reasons: '', accepted: true, needsVote: false,
  question: '', options: '同意\n不同意', perHousehold: true, closesAt: '', taskTitle: '', owner: '', dueDay: '', taskId: undefined, done: false, photos: [],
}

const lines = (text: string) => text.split(/[\n,，、]/).map((s) => s.trim()).filter(Boolean)

/** 议题详情: every step's record; residents support, comment, object, vote and rate; staff move the topic on. */
export function useTopic() {
  const { params } = useRouter()
  const topicId = params.id ?? ''
  const topic = useLoad(() => callCloud(voice, 'getTopic', { topicId }), [topicId])
  const hasVote = !!topic.data?.vote
  const results = useLoad(() => (hasVote ? callCloud(voice, 'voteResults', { topicId }) : Promise.resolve(null)), [topicId, hasVote])
  const [form, setForm] = useState<TopicForm>(EMPTY)
  const [note, setNote] = useState<string | null>(null)
  const sending = useSubmit()
  const act = (what: string, send: (requestId: string) => Promise<Topic | unknown>, done: string) =>
    sending.run(async (requestId) => {
      const r = await send(requestId)
      if (r && typeof r === 'object' && 'step' in r) topic.set(r as Topic)
      else await topic.reload()
      await results.reload()
      setForm((f) => ({ ...EMPTY, option: f.option }))
      await toastDone(done)
    }, what)
  const f = form
  return {
    topic,
    results,
    form,
    change: (patch: Partial<TopicForm>) => { setForm((x) => ({ ...x, ...patch })); sending.forget() },
    fields: sending.fields,
    busy: sending.busy,
    problem: note ?? sending.problem,
    addPhotos: async () => {
      setNote(null)
      try {
        const added = await pickAndUploadPhotos(MAX_PROGRESS_PHOTOS - f.photos.length, 'progressPhoto')
        setForm((x) => ({ ...x, photos: [...x.photos, ...added.map((a) => ({ file: a.fileID, url: a.preview }))] }))
      } catch (e) {
        setNote(`照片上传失败：${errorMessage(e)}`)
      }
    },
    support: () => act('support', () => callCloud(voice, 'supportTopic', { topicId }), '已支持'),
    comment: () => act('comment', (requestId) => callCloud(voice, 'commentTopic', { topicId, text: f.text }, { requestId }), '意见已发表'),
    object: () => act('object', (requestId) => callCloud(voice, 'objectResolution', { topicId, text: f.text }, { requestId }), '异议已提交'),
    vote: () => act(`vote:${f.option}`, () => callCloud(voice, 'castVote', { topicId, option: f.option ?? '' }), '已投票'),
    rate: () => act(`rate:${f.score}`, () => callCloud(voice, 'rateOutcome', { topicId, score: f.score }), '感谢您的评议'),
    schedule: () => act('schedule', (requestId) => callCloud(voice, 'scheduleCouncil', { topicId, at: f.at, place: f.place, agenda: f.agenda }, { requestId }), '议事会已安排'),
    minutes: () => act('minutes', (requestId) => callCloud(voice, 'recordMinutes', { topicId, attendance: lines(f.attendance), minutes: f.minutes }, { requestId }), '纪要已记录'),
    resolve: () =>
      act('resolve', (requestId) => callCloud(voice, 'publishResolution', { topicId, decision: f.decision, reasons: f.reasons, accepted: f.accepted, needsVote: f.needsVote }, { requestId }), '决议已公示'),
    openVote: () =>
      act('openVote', (requestId) => callCloud(voice, 'openVote', { topicId, question: f.question, options: lines(f.options), perHousehold: f.perHousehold, closesAt: f.closesAt }, { requestId }), '表决已发起'),
    addTask: () => act('addTask', (requestId) => callCloud(voice, 'addTask', { topicId, title: f.taskTitle, owner: f.owner, dueDay: f.dueDay }, { requestId }), '任务已添加'),
    updateTask: () =>
      act(`updateTask:${f.taskId}`, (requestId) => callCloud(voice, 'updateTask', { topicId, taskId: f.taskId ?? '', note: f.text, done: f.done, photos: f.photos.map((p) => p.file) }, { requestId }), '进展已更新'),
  }
}
