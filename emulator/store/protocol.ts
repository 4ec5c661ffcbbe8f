/** Answers wx-server-sdk's JSON requests (`database.*`, `storage.*`) the way the cloud service does. */
import type { AnyObject } from 'mingo/types'
import { decode, encode, type Doc } from './ejson'
import type { DocumentStore } from './engine'
import { StoreError } from './errors'
import type { FileStorage } from './storage'

export type Body = Record<string, unknown>

const obj = (text: unknown) => decode(typeof text === 'string' ? text : undefined) as AnyObject | undefined

export function handleJson(store: DocumentStore, files: FileStorage, body: Body): Record<string, unknown> {
  const coll = String(body.collectionName ?? '')
  const txId = typeof body.transactionId === 'string' ? body.transactionId : undefined
  const single = body.queryType === 'DOC' || body.multi === false
  switch (body.action) {
    case 'database.getDocument': {
      store.requireIndex(coll, obj(body.query), obj(body.order) as Record<string, 1 | -1> | undefined)
      const docs = store.find(
        coll,
        {
          query: obj(body.query),
          order: obj(body.order) as Record<string, 1 | -1> | undefined,
          offset: Number(body.offset ?? 0),
          limit: body.queryType === 'DOC' ? 1 : body.limit === undefined ? undefined : Number(body.limit),
          projection: obj(body.projection) as Record<string, 0 | 1> | undefined,
        },
        txId,
      )
      return { data: { list: docs.map(encode) } }
    }
    case 'database.insertDocument': {
      const docs = (body.data as string[]).map((d) => decode(d) as Doc)
      return { data: { insertedIds: store.insert(coll, docs, txId) } }
    }
    case 'database.modifyDocument': {
      store.requireIndex(coll, obj(body.query))
      const result = store.modify(
        coll,
        { query: obj(body.query), single, data: obj(body.data) ?? {}, merge: body.merge !== false, upsert: body.upsert === true },
        txId,
      )
      return { data: { updated: result.updated, ...(result.upsertId ? { upsert_id: result.upsertId } : {}) } }
    }
    case 'database.removeDocument':
      store.requireIndex(coll, obj(body.query))
      return { data: { deleted: store.remove(coll, { query: obj(body.query), single }, txId) } }
    case 'database.calculateDocument':
      store.requireIndex(coll, obj(body.query))
      return { data: { total: store.count(coll, obj(body.query)) } }
    case 'database.aggregateDocuments': {
      const stages = (body.stages as Array<{ stageKey: string; stageValue: string }>).map((s) => ({
        [s.stageKey]: decode(s.stageValue),
      }))
      return { data: { list: store.aggregate(coll, stages).map(encode) } }
    }
    case 'database.addCollection':
      store.createCollection(coll)
      return { data: {} }
    case 'database.startTransaction':
      return { transactionId: store.startTransaction() }
    case 'database.commitTransaction':
      store.commitTransaction(String(body.transactionId))
      return {}
    case 'database.abortTransaction':
      store.abortTransaction(String(body.transactionId))
      return {}
    case 'storage.getUploadMetadata':
      return { data: files.uploadMetadata(String(body.path)) }
    case 'storage.batchGetDownloadUrl':
      return { data: { download_list: files.downloadUrls(body.file_list as Array<{ fileid: string; max_age?: number }>) } }
    case 'storage.batchDeleteFile':
      return { data: { delete_list: files.remove(body.fileid_list as string[]) } }
    default:
      throw new StoreError('INVALID_PARAM', `the local cloud does not implement ${String(body.action)}`)
  }
}
