import { createHash, randomBytes, randomInt } from 'node:crypto'

/** No 0/O, 1/I: codes are read aloud and typed by hand. */
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'

export function randomCode(length: number): string {
  return Array.from({ length }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('')
}

/** An unguessable record id (the cloud's own ids are fine too, but a claim must know its record's id first). */
export function newId(): string {
  return randomBytes(12).toString('hex')
}

/**
 * The id of the one record a call creates: derived from the request id when there is one (every retry of a
 * submit names the same record, and the unique `_id` makes the retry harmless), else fresh. Hashed: ids are
 * shown to staff, openids never.
 */
export function requestKeyedId(ctx: { fn: string; actorId: string | null; requestId: string | null }): string {
  if (!ctx.requestId || !ctx.actorId) return newId()
  return createHash('sha256').update(`${ctx.fn}\n${ctx.actorId}\n${ctx.requestId}`).digest('hex').slice(0, 24)
}
