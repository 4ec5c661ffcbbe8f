/** Errors the store replies with, in the cloud's codes (see the protocol reference, §7). */
export class StoreError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

export const collectionMissing = (name: string) =>
  new StoreError('DATABASE_COLLECTION_NOT_EXIST', `[ResourceNotFound] Db or Table not exist: ${name}. 请在数据库索引清单中声明该集合`)

export const duplicateKey = (collection: string, index: string, key: unknown) =>
  new StoreError(
    'DATABASE_REQUEST_FAILED',
    `[FailedOperation] E11000 duplicate key error collection: ${collection} index: ${index} dup key: ${JSON.stringify(key)}`,
  )

export const txConflict = () =>
  new StoreError('DATABASE_TRANSACTION_CONFLICT', '[ResourceUnavailable.TransactionConflict] Transaction is conflicted.')
