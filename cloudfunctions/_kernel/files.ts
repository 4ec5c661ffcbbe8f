/**
 * Files people upload. A person first asks for upload paths (prepareUploads: random, recorded as theirs for
 * one purpose), uploads to them, then names the fileIDs in an action, which accepts them only through
 * acceptFiles. Links to read a file come only from fileLinks, after the action has checked the viewer may
 * see the record the file belongs to.
 */
import { randomBytes } from 'node:crypto'
import { extsOf, FILE_PURPOSES, type FileExt, type FilePurpose, pathOfFileId, uploadPath, uploadToken } from '@/shared/domain/files'
import { _, cloud, db } from './cloud'
import { AppError } from './errors'

export interface FileDoc {
  /** the random token in the path */
  _id: string
  path: string
  /** the openid of the person who may upload to the path and name it */
  owner: string
  purpose: FilePurpose
  createdAt: Date
}

const files = () => db.collection('files')

/** More than this many paths in an hour is not a person adding photos. */
const PREPARED_PER_HOUR = 100

/** Fresh upload paths for `owner`, one per extension (2 requests: the hourly count, one insert of all). */
export async function prepareUploads(owner: string, purpose: FilePurpose, exts: readonly FileExt[], now: Date): Promise<string[]> {
  const { label, max } = FILE_PURPOSES[purpose]
  if ('generated' in FILE_PURPOSES[purpose]) throw new AppError('INVALID_INPUT', `${label}由系统生成，不能上传`, { purpose: `${label}由系统生成，不能上传` })
  if (exts.length > max) throw new AppError('INVALID_INPUT', `${label}一次最多 ${max} 张`, { exts: `${label}一次最多 ${max} 张` })
  const allowed = extsOf(purpose)
  if (exts.some((e) => !allowed.includes(e))) throw new AppError('INVALID_INPUT', `${label}只能是 ${allowed.join('、')} 文件`, { exts: `${label}只能是 ${allowed.join('、')} 文件` })
  const since = new Date(now.getTime() - 3_600_000)
  const { total } = await files().where({ owner, createdAt: _.gte(since) }).count()
  if (total + exts.length > PREPARED_PER_HOUR) throw new AppError('RATE_LIMITED', '上传太频繁，请一小时后再试')
  const docs: FileDoc[] = exts.map((ext) => {
    const token = randomBytes(16).toString('hex')
    return { _id: token, path: uploadPath(purpose, token, ext), owner, purpose, createdAt: now }
  })
  await files().add({ data: docs })
  return docs.map((d) => d.path)
}

export interface FileRule {
  /** who may have uploaded them: the caller, and the person they act for (代办) */
  owners: ReadonlyArray<string | null>
  purpose: FilePurpose
  /** the input field, for the field message */
  field: string
  /** fileIDs the record already holds (accepted when it was written): kept without a check */
  kept?: readonly string[]
}

/**
 * Refuses (INVALID_INPUT, naming the field) any fileID that was not prepared for one of `owners` and for
 * `purpose`. One request for any number of new files; none when every file is kept.
 */
export async function acceptFiles(fileIds: readonly string[], rule: FileRule): Promise<void> {
  const kept = new Set(rule.kept ?? [])
  const fresh = fileIds.map((fileId, index) => ({ fileId, index, path: pathOfFileId(fileId) })).filter((f) => !kept.has(f.fileId))
  if (!fresh.length) return
  const { label } = FILE_PURPOSES[rule.purpose]
  const refuse = (index: number): never => {
    const which = fileIds.length > 1 ? `第 ${index + 1} 张${label}` : label
    throw new AppError('INVALID_INPUT', `${which}不是您为此上传的文件，请删除后重新上传`, { [rule.field]: `${which}无效，请删除后重新上传` })
  }
  const tokens = fresh.map((f) => (f.path ? uploadToken(f.path) : null))
  const unknown = tokens.indexOf(null)
  if (unknown >= 0) refuse(fresh[unknown].index)
  const unique = [...new Set(tokens as string[])]
  const { data } = await files().where({ _id: _.in(unique) }).limit(unique.length).get()
  const byToken = new Map((data as FileDoc[]).map((d) => [d._id, d]))
  const owners = new Set(rule.owners.filter((o): o is string => !!o))
  fresh.forEach((f, i) => {
    const doc = byToken.get(tokens[i] as string)
    if (!doc || doc.path !== f.path || doc.purpose !== rule.purpose || !owners.has(doc.owner)) refuse(f.index)
  })
}

/**
 * Short-lived links to read files, in order; files that are missing from storage are left out. Only for
 * viewers the action has already allowed to see the record.
 */
export async function fileLinks(fileIds: readonly string[], maxAge: number): Promise<string[]> {
  if (!fileIds.length) return []
  const { fileList } = (await cloud.getTempFileURL({ fileList: fileIds.map((fileID) => ({ fileID, maxAge })) })) as {
    fileList: Array<{ tempFileURL: string }>
  }
  return fileList.map((f) => f.tempFileURL).filter(Boolean)
}

/**
 * A file a function made for one person (a certificate, a record): stored under a random path and recorded as
 * theirs, like an upload, so the same rules say who may read it. One request besides the upload.
 */
export async function storeGenerated(owner: string, purpose: FilePurpose, ext: FileExt, bytes: Buffer, now: Date): Promise<string> {
  const token = randomBytes(16).toString('hex')
  const path = `generated/${purpose}/${token}.${ext}`
  const { fileID } = await cloud.uploadFile({ cloudPath: path, fileContent: bytes })
  await files().add({ data: { _id: token, path, owner, purpose, createdAt: now } })
  return fileID
}
