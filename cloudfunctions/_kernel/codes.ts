import { randomBytes, randomInt } from 'node:crypto'

/** No 0/O, 1/I: codes are read aloud and typed by hand. */
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'

export function randomCode(length: number): string {
  return Array.from({ length }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('')
}

/** An unguessable record id (the cloud's own ids are fine too, but a claim must know its record's id first). */
export function newId(): string {
  return randomBytes(12).toString('hex')
}
