/** Writing a record whose id (or another unique key) makes a second write of it harmless. */
import type { Collection, Doc } from './cloud'
import { isDuplicateKey } from './errors'

/** Adds `doc`; false when a record with its id or unique key exists — the same request retried, or the key taken. */
export async function addOnce(collection: Collection, doc: Doc): Promise<boolean> {
  try {
    await collection.add({ data: doc })
    return true
  } catch (error) {
    if (isDuplicateKey(error)) return false
    throw error
  }
}
