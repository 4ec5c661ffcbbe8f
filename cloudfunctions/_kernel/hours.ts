/**
 * 时间银行: volunteers' hours as an append-only ledger (`hours_ledger`) and one account per person
 * (`hours_accounts`) holding the balance. Any center credits hours through `creditHours`; the party center spends
 * and transfers them.
 *
 * How nothing is lost or counted twice without locks: every move has an id fixed by what caused it (a source and a
 * volunteer; a request), which is also its ledger entry's `_id`. A move first changes the balance in one conditional
 * update that also parks the move on the account (`open`: refused if the move is parked already, and for a take,
 * refused unless the balance covers it — so a balance is never negative however many arrive at once); then the entry
 * is written (a duplicate `_id` means the move had already been made: the change is undone); then the move is
 * unparked. A call that dies halfway leaves the move parked with its entry: `settleOpen` finishes it later.
 */
import {
  creditEntryId,
  type EntryKind,
  hoursText,
  refundEntryId,
  SOURCE_KIND_TEXT,
  type SourceKind,
  spendEntryId,
  toMinutes,
  transferEntryIds,
} from '@/shared/domain/party/ledger'
import { _, db, type Doc } from './cloud'
import { addOnce } from './records'
import { notify, thing, when } from './notify'


export interface HoursCredit {
  volunteer: string /* openid */
  hours: number
  source: { kind: SourceKind; id: string; title: string }
  verifiedBy: string /* openid */
  at: Date
  /** the step that credits tells the volunteer itself, hours named: no second notice for one event (each one uses up a subscription) */
  toldByCaller?: boolean
}

export interface LedgerEntry {
  _id: string
  account: string
  kind: EntryKind
  /** signed whole minutes */
  minutes: number
  at: Date
  source?: { kind: SourceKind; id: string; title: string }
  verifiedBy?: string
  /** the other account of a transfer */
  counterpart?: string
  /** how the entry reads in the ledger, when its source or service does not say (a transfer) */
  title?: string
  /** what the hours bought (a spend, and its refund) */
  service?: { kind: 'homeService'; id: string; title: string; forName: string; whenText: string }
  /** the thing a spend pays for (one payment each): a home-service booking's id */
  paysFor?: string
  /** the senior the service is for */
  forSenior?: string
  /** who made the move (a family member spending or transferring) */
  by?: string
}

export interface HoursAccount {
  _id: string
  balance: number
  credited: number
  spent: number
  firstCreditAt?: Date
  lastCreditAt?: Date
  open?: OpenMove[]
}

/** A move whose balance change is made and whose entry may not be written yet. */
interface OpenMove {
  id: string
  entry: LedgerEntry
  /** the receiving side of a transfer out */
  receiving?: LedgerEntry
  since: Date
}

const accounts = () => db.collection('hours_accounts')
const ledger = () => db.collection('hours_ledger')

/** The counters a signed move changes besides the balance. */
function counters(entry: LedgerEntry): Doc {
  const data: Doc = { balance: _.inc(entry.minutes) }
  if (entry.kind === 'credit') data.credited = _.inc(entry.minutes)
  // a refund takes back what its spend counted
  if (entry.kind === 'spend' || entry.kind === 'refund') data.spent = _.inc(-entry.minutes)
  return data
}

function undo(entry: LedgerEntry): Doc {
  return counters({ ...entry, minutes: -entry.minutes })
}

/**
 * Changes the balance and parks the move, in one update: false when the move is parked already or (a take) the
 * balance does not cover it. A first credit creates the account.
 */
async function park(move: OpenMove): Promise<boolean> {
  const { entry } = move
  const where: Doc = { _id: entry.account, 'open.id': _.neq(move.id) }
  if (entry.minutes < 0) where.balance = _.gte(-entry.minutes)
  const data: Doc = { ...counters(entry), open: _.push(move), updatedAt: entry.at }
  if (entry.kind === 'credit') {
    data.firstCreditAt = _.min(entry.at as never)
    data.lastCreditAt = _.max(entry.at as never)
  }
  const update = async () => (await accounts().where(where).update({ data })).stats.updated === 1
  if (await update()) return true
  if (entry.minutes < 0) return false
  const first: Doc = { _id: entry.account, balance: entry.minutes, credited: 0, spent: 0, open: [move], updatedAt: entry.at }
  if (entry.kind === 'credit') Object.assign(first, { credited: entry.minutes, firstCreditAt: entry.at, lastCreditAt: entry.at })
  if (await addOnce(accounts(), first)) return true
  // someone else created the account meanwhile
  return update()
}

async function unpark(account: string, id: string): Promise<void> {
  await accounts().doc(account).update({ data: { open: _.pull({ id }) } })
}

/** Writes the entry; false when it was written before (this move had been made already). */
function record(entry: LedgerEntry): Promise<boolean> {
  return addOnce(ledger(), entry as unknown as Doc)
}

/** Gives back a change made by a move found to be a repeat, and unparks it. */
async function takeBack(entry: LedgerEntry): Promise<void> {
  await accounts().doc(entry.account).update({ data: { ...undo(entry), open: _.pull({ id: entry._id }) } })
}

async function entryExists(id: string): Promise<boolean> {
  const { data } = await ledger().doc(id).get()
  return !!data
}

/**
 * Credits once per (source, volunteer) however often retried; returns false if already credited.
 * Five requests: the entry looked up, the balance, the entry, the account unparked, the volunteer's notice (four when
 * the caller tells them).
 */
export async function creditHours(credit: HoursCredit): Promise<boolean> {
  const minutes = toMinutes(credit.hours)
  if (minutes <= 0) throw new Error('creditHours needs positive hours')
  const entry: LedgerEntry = {
    _id: creditEntryId(credit.source, credit.volunteer),
    account: credit.volunteer,
    kind: 'credit',
    minutes,
    at: credit.at,
    source: { kind: credit.source.kind, id: credit.source.id, title: credit.source.title },
    verifiedBy: credit.verifiedBy,
  }
  if (await entryExists(entry._id)) return false
  // parked already: the same credit is being made right now
  if (!(await park({ id: entry._id, entry, since: credit.at }))) return false
  if (!(await record(entry))) {
    await takeBack(entry)
    return false
  }
  await unpark(entry.account, entry._id)
  if (credit.toldByCaller) return true
  // the volunteer is told once (the notice's id is the credit's)
  await notify(entry.account, entry._id, 'hoursCredited', HOURS_PAGE, {
    thing1: thing(credit.source.title || SOURCE_KIND_TEXT[credit.source.kind]),
    thing2: thing(`志愿服务时长 ${hoursText(minutes)}`),
    time3: when(credit.at),
  }, credit.at)
  return true
}

/** Where a volunteer reads their hours (the credit notice opens it). */
export const HOURS_PAGE = '/centers/party/pages/hours/index'


export interface HoursSpend {
  account: string
  minutes: number
  /** what is paid for: one spend per key, from whichever account, however often retried */
  key: string
  at: Date
  service: NonNullable<LedgerEntry['service']>
  paysFor: string
  forSenior?: string
  /** who spends, when not the account holder (a family member for a senior) */
  by?: string
}

export type SpendOutcome = 'spent' | 'already' | 'short'

/**
 * Takes hours from a balance only if it covers them (never negative, however many spend at once); a thing is paid
 * for once. Three requests when it goes through.
 */
export async function spendHours(spend: HoursSpend): Promise<{ outcome: SpendOutcome; entryId: string }> {
  const entry: LedgerEntry = {
    _id: spendEntryId(spend.key),
    account: spend.account,
    kind: 'spend',
    minutes: -spend.minutes,
    at: spend.at,
    service: spend.service,
    paysFor: spend.paysFor,
    ...(spend.forSenior ? { forSenior: spend.forSenior } : {}),
    ...(spend.by && spend.by !== spend.account ? { by: spend.by } : {}),
  }
  const entryId = entry._id
  if (spend.minutes <= 0) return { outcome: 'short', entryId }
  if (!(await park({ id: entryId, entry, since: spend.at }))) {
    // a repeat (in flight or done) or too few hours
    const held = await readAccount(spend.account)
    if (held?.open?.some((m) => m.id === entryId)) return { outcome: 'already', entryId }
    return { outcome: (await entryExists(entryId)) ? 'already' : 'short', entryId }
  }
  if (!(await record(entry))) {
    await takeBack(entry)
    return { outcome: 'already', entryId }
  }
  await unpark(spend.account, entryId)
  return { outcome: 'spent', entryId }
}

/**
 * Gives back the hours a thing was paid with (its service was cancelled), once, to the account that paid; false
 * when it was not paid with hours or was given back already. One request when it was not paid.
 */
export async function refundSpend(key: string, at: Date): Promise<boolean> {
  const { data } = await ledger().doc(spendEntryId(key)).get()
  const spent = data as LedgerEntry | null
  if (!spent) return false
  const entry: LedgerEntry = { ...spent, _id: refundEntryId(spent._id), kind: 'refund', minutes: -spent.minutes, at }
  if (await entryExists(entry._id)) return false
  if (!(await park({ id: entry._id, entry, since: at }))) return false
  if (!(await record(entry))) {
    await takeBack(entry)
    return false
  }
  await unpark(entry.account, entry._id)
  return true
}

export interface HoursTransfer {
  from: string
  to: string
  minutes: number
  requestId: string
  at: Date
  /** who moves them, when not the giver (family for a senior) */
  by?: string
  /** how each side reads in its ledger ("转给王秀兰的长辈账户", "家属转入") */
  titles?: { out: string; in: string }
}

export type TransferOutcome = 'moved' | 'already' | 'short'

/**
 * Moves hours from one account to another, both or neither: the giver's side is parked first and carries the
 * receiver's entry, so a transfer that dies halfway is finished (never half made) by `settleOpen`.
 */
export async function transferHours(t: HoursTransfer): Promise<{ outcome: TransferOutcome; entryId: string }> {
  const ids = transferEntryIds(t.from, t.requestId)
  const by = t.by && t.by !== t.from ? { by: t.by } : {}
  const out: LedgerEntry = { _id: ids.out, account: t.from, kind: 'transferOut', minutes: -t.minutes, at: t.at, counterpart: t.to, ...by, ...(t.titles ? { title: t.titles.out } : {}) }
  const into: LedgerEntry = { _id: ids.in, account: t.to, kind: 'transferIn', minutes: t.minutes, at: t.at, counterpart: t.from, ...by, ...(t.titles ? { title: t.titles.in } : {}) }
  if (t.minutes <= 0 || t.from === t.to) return { outcome: 'short', entryId: ids.out }
  if (await entryExists(ids.out)) return { outcome: 'already', entryId: ids.out }
  if (!(await park({ id: ids.out, entry: out, receiving: into, since: t.at }))) {
    const held = await readAccount(t.from)
    return { outcome: held?.open?.some((m) => m.id === ids.out) ? 'already' : 'short', entryId: ids.out }
  }
  await finishTransfer(out, into, true)
  return { outcome: 'moved', entryId: ids.out }
}

/**
 * The receiving side and the entries of a parked transfer. The receiver's move is parked (so it is made once),
 * both entries are written, then the receiver and the giver are unparked in that order: a giver still parked with
 * the receiver's entry written means the receiver's side is made.
 */
async function finishTransfer(out: LedgerEntry, into: LedgerEntry, knownUnmade = false): Promise<void> {
  // the receiver's side: made once (a parked one is made already; a written entry means it was made and finished)
  const made = !knownUnmade && (await entryExists(into._id))
  const parked = !made && (await park({ id: into._id, entry: into, since: into.at }))
  const [intoFirst] = await Promise.all([made ? Promise.resolve(false) : record(into), record(out)])
  if (parked && !intoFirst) {
    // two finishers of one stale transfer: the other made the receiver's side first
    await takeBack(into)
  } else if (!made) {
    await unpark(into.account, into._id)
  }
  await unpark(out.account, out._id)
}

export async function readAccount(account: string): Promise<HoursAccount | null> {
  const { data } = await accounts().doc(account).get()
  return (data as HoursAccount | null) ?? null
}

/** How long a move may stay parked before it is taken for one whose call died. */
export const OPEN_GRACE_MS = 60_000

/**
 * Finishes the moves parked on an account longer than the grace time (their calls died between the balance and
 * the entry): their entries are written and they are unparked. Returns how many it finished.
 */
export async function settleOpen(account: HoursAccount, now: Date): Promise<number> {
  const stale = (account.open ?? []).filter((m) => now.getTime() - new Date(m.since).getTime() > OPEN_GRACE_MS)
  for (const move of stale) {
    if (move.receiving) {
      await finishTransfer(move.entry, move.receiving)
      continue
    }
    await record(move.entry)
    await unpark(account._id, move.id)
  }
  return stale.length
}
