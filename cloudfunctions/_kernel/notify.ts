/**
 * Subscription messages (订阅消息) through an outbox of notices. An action records one notice per person and
 * event (one request per 500 people) and returns; every function's `sendNotices` timer delivers them in
 * batches within the function's time limit until none are left. Each notice goes out at most once:
 * a sender claims a batch, and marks each notice `sending` just before its send — a sender that dies leaves
 * the notices it never tried `claimed` (queued again later) and the one it was sending `sending` (never sent
 * again: whether WeChat delivered it is unknown, and a second message is worse than none). WeChat refuses a message the person has no unused subscription for
 * (43101): that notice is marked as such, not retried. Other failures are retried a few times, then left for
 * staff to see as failed.
 */
import { asPhrase } from '@/shared/domain/notice-values'
import { TEMPLATES, type TemplateName } from '@/shared/domain/templates'
import { formatForNotice } from '@/shared/time'
import { _, cloud, db } from './cloud'
import { newId } from './codes'
import { describeForLog, isDuplicateKey } from './errors'
import { type MyItemInput, putMyItemUnlessMoved } from './mine'

/** WeChat's thing.DATA fields take at most 20 characters. */
export const thing = (text: string) => ({ value: [...text].length > 20 ? `${[...text].slice(0, 19).join('')}…` : text || '—' })

/** phrase.DATA: at most five Chinese characters ("已派单"), nothing else. */
export const phrase = (text: string) => ({ value: asPhrase(text) })

/** time.DATA / date.DATA: "2026年12月1日 09:30" in Shanghai time — never the weekday or "24:00" people read in the app. */
export const when = (at: Date) => ({ value: formatForNotice(at) })
export const day = (at: Date) => ({ value: formatForNotice(at, false) })

export type NoticeData = Record<string, { value: string }>

export interface NoticeDoc {
  /** `<event>_<person>`: recording the same event twice for a person records it once */
  _id: string
  touser: string
  template: TemplateName
  page: string
  data: NoticeData
  /** withdrawn: a reminder whose reason went away before it was due (withdrawNotices) */
  state: 'queued' | 'claimed' | 'sending' | 'sent' | 'noGrant' | 'failed' | 'withdrawn'
  attempts: number
  nextAt: Date
  createdAt: Date
  sentAt: Date | null
  error: string | null
  /** the person's 我的 entry as the event left it, written by the sender just before the notice goes out */
  mine?: MyChange
}

/** A 我的 entry of the person told (its owner is the notice's addressee), and the statuses it moves from. */
export interface MyChange {
  item: Omit<MyItemInput, 'ownerId'>
  from: string[]
}

export const MAX_ATTEMPTS = 3
/** a notice claimed by a sender that died mid-send is tried again after this long */
const STALE_SENDING_MS = 10 * 60_000
const NO_GRANT = 43101
const INVALID_FIELD = 47003
const NEVER_BETTER = [INVALID_FIELD, 40037, 41030]

/** The field WeChat names in a 47003 ("argument invalid! data.phrase2.value invalid"): never its value. */
const fieldOf = (error: unknown) => /data\.(\w+)\.value/.exec(String((error as { errMsg?: string; message?: string }).errMsg ?? (error as Error).message ?? ''))?.[1] ?? '字段不符合要求'

const notices = () => db.collection('notices')

/**
 * Records one notice for each person (each once, however often they appear) for `event` — a key naming what
 * happened, e.g. `activityCancelled_<id>`. Returns how many people will be told.
 */
export function notifyAll(people: string[], event: string, template: TemplateName, page: string, data: NoticeData, now: Date): Promise<number> {
  return recordNotices([{ people, event, template, page, data }], now)
}

export interface NoticeEvent {
  people: string[]
  /** names what happened (or what is to be reminded of): each person is told once per event */
  event: string
  template: TemplateName
  page: string
  data: NoticeData
  /** a reminder: not sent before this moment (the sender's timer picks it up when it is due); default now */
  at?: Date
  /**
   * The 我的 entry of a person this event changed who is not the caller (the head of a waitlist admitted by
   * someone else's cancel): the sender writes it just before the notice, so the action saves that request and
   * the person's 我的 says so no later than the notice does. An entry that moved on meanwhile is left as it is.
   */
  mine?: MyChange
}

/** Records several events' notices in one request (e.g. a notice now and the reminders due later). */
export async function recordNotices(events: NoticeEvent[], now: Date): Promise<number> {
  const seen = new Set<string>()
  const docs: NoticeDoc[] = []
  for (const e of events) {
    for (const touser of e.people) {
      const _id = `${e.event}_${touser}`
      if (seen.has(_id)) continue
      seen.add(_id)
      docs.push({ _id, touser, template: e.template, page: e.page, data: e.data, state: 'queued', attempts: 0, nextAt: e.at ?? now, createdAt: now, sentAt: null, error: null, ...(e.mine ? { mine: e.mine } : {}) })
    }
  }
  for (let i = 0; i < docs.length; i += 500) {
    const batch = docs.slice(i, i + 500)
    try {
      await notices().add({ data: batch })
    } catch (error) {
      if (!isDuplicateKey(error)) throw error
      // the event was (partly) recorded before: a retry records only who is missing
      for (const doc of batch) await notices().add({ data: doc }).catch((e: unknown) => {
        if (!isDuplicateKey(e)) throw e
      })
    }
  }
  return docs.length
}

/**
 * Withdraws an event's notices not sent yet (a reminder whose reason went away: the thing was done before it was due),
 * in one request. Those already being sent or sent stay as they are. Returns how many were withdrawn.
 */
export async function withdrawNotices(people: string[], event: string, now: Date): Promise<number> {
  const ids = [...new Set(people)].map((touser) => `${event}_${touser}`)
  if (!ids.length) return 0
  const { stats } = await notices()
    .where({ _id: _.in(ids), state: 'queued' })
    .update({ data: { state: 'withdrawn', withdrawnAt: now } })
  return stats.updated
}

export function notify(touser: string, event: string, template: TemplateName, page: string, data: NoticeData, now: Date): Promise<number> {
  return notifyAll([touser], event, template, page, data, now)
}

export interface SendReport {
  sent: number
  noGrant: number
  failed: number
  /** notices still waiting when the time budget ran out */
  more: boolean
}

/**
 * The `sendNotices` timer of a function whose time limit (config.json `timeout`, set in the console) is
 * `timeLimitS`: it stops sending with a third of the time to spare, and the next run goes on.
 */
export function noticeSender(timeLimitS: number) {
  return (now: Date) => sendNotices(now, timeLimitS * 650)
}

/** Delivers queued notices, oldest first, a batch at a time, until none are due or `budgetMs` is spent. */
export async function sendNotices(now: Date, budgetMs: number, batch = 100): Promise<SendReport> {
  const started = Date.now()
  const report: SendReport = { sent: 0, noGrant: 0, failed: 0, more: false }
  await requeueStale(now)
  for (;;) {
    const { data } = await notices()
      .where({ state: 'queued', nextAt: _.lte(now) })
      .orderBy('nextAt', 'asc')
      .limit(batch)
      .get()
    if (!data.length) return report
    // claim the batch first (one update): two senders at once never send the same notice twice
    const lock = newId()
    await notices()
      .where({ _id: _.in(data.map((d) => d._id)), state: 'queued' })
      .update({ data: { state: 'claimed', lock, lockedAt: new Date() } })
    const { data: mine } = await notices().where({ lock }).limit(batch).get()
    const outcome: Record<'sent' | 'noGrant', string[]> = { sent: [], noGrant: [] }
    for (const notice of mine as NoticeDoc[]) {
      if (Date.now() - started > budgetMs) {
        report.more = true
        break
      }
      // marked before the send: if this sender dies now, the notice is not sent again
      if (notice.mine) await putMyItemUnlessMoved({ ...notice.mine.item, ownerId: notice.touser }, notice.mine.from, new Date(notice.createdAt))
      await notices().doc(notice._id).update({ data: { state: 'sending', lockedAt: new Date() } })
      const result = await deliver(notice, now)
      if (result === 'sent' || result === 'noGrant') outcome[result].push(notice._id)
      else if (result === 'failed') report.failed++
    }
    await settle(outcome.sent, { state: 'sent', sentAt: now, error: null })
    await settle(outcome.noGrant, { state: 'noGrant', error: '用户未订阅或订阅次数已用完（43101）' })
    report.sent += outcome.sent.length
    report.noGrant += outcome.noGrant.length
    if (report.more) {
      // what this run had no time for goes back to the queue for the next run
      await notices().where({ lock, state: 'claimed' }).update({ data: { state: 'queued' } })
      return report
    }
    if (data.length < batch) return report
  }
}

async function settle(ids: string[], data: Record<string, unknown>): Promise<void> {
  if (ids.length) await notices().where({ _id: _.in(ids) }).update({ data })
}

/** One send. A refusal for want of a subscription is final; other failures are retried a few times. */
async function deliver(notice: NoticeDoc, now: Date): Promise<'sent' | 'noGrant' | 'retry' | 'failed'> {
  try {
    await cloud.openapi.subscribeMessage.send({
      touser: notice.touser,
      templateId: TEMPLATES[notice.template],
      page: notice.page,
      data: notice.data,
      miniprogramState: 'formal',
    })
    return 'sent'
  } catch (error) {
    const code = (error as { errCode?: number }).errCode
    if (code === NO_GRANT) return 'noGrant'
    const attempts = notice.attempts + 1
    // a field outside WeChat's rule (47003), an unknown template (40037) or page (41030) fails the same way every time
    const failed = attempts >= MAX_ATTEMPTS || (code !== undefined && NEVER_BETTER.includes(code))
    console.warn(`[notices] ${notice.template} attempt ${attempts} failed: ${describeForLog(error).split('\n')[0]}`)
    await notices()
      .doc(notice._id)
      .update({ data: { state: failed ? 'failed' : 'queued', attempts, nextAt: new Date(now.getTime() + attempts * 60_000), error: `发送失败（${code ?? '未知错误'}${code === INVALID_FIELD ? `：${fieldOf(error)}` : ''}）` } })
    return failed ? 'failed' : 'retry'
  }
}

/** After a sender died: what it never tried goes back to the queue; what it was sending is not sent twice. */
async function requeueStale(now: Date): Promise<void> {
  const stale = new Date(Date.now() - STALE_SENDING_MS)
  await notices()
    .where({ state: 'claimed', lockedAt: _.lt(stale) })
    .update({ data: { state: 'queued', nextAt: now } })
  await notices()
    .where({ state: 'sending', lockedAt: _.lt(stale) })
    .update({ data: { state: 'failed', error: '发送中断：未能确认是否送达，为免重复不再重发' } })
}
