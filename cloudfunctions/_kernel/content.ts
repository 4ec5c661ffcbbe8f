/**
 * 内容安全: what people publish must pass WeChat's content checks before anyone else sees it — text through
 * msgSecCheck (v2), photos through imgSecCheck (each photo ≤ 1 MB; the app uploads WeChat's compressed pictures).
 */
import { FILE_PURPOSES, type FilePurpose, pathOfFileId } from '@/shared/domain/files'
import { cloud } from './cloud'
import { AppError } from './errors'

/** Throws INVALID_INPUT naming each field whose text the check flags. */
export async function requireSafeText(openid: string, texts: Record<string, string>): Promise<void> {
  const flagged: Record<string, string> = {}
  for (const [field, content] of Object.entries(texts)) {
    if (!content.trim()) continue
    const { result } = await cloud.openapi.security.msgSecCheck({ content, version: 2, scene: 1, openid })
    if (result?.suggest && result.suggest !== 'pass') flagged[field] = '内容未通过安全检查，请修改后再提交'
  }
  if (Object.keys(flagged).length) throw new AppError('INVALID_INPUT', '部分内容未通过安全检查，请修改后再提交', flagged)
}

/** WeChat's answers to imgSecCheck that are about the picture, not the service. */
const RISKY = 87014
const TOO_LARGE = 40006

const MIME: Record<string, string> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', gif: 'image/gif', webp: 'image/webp', heic: 'image/heic' }

export interface ImageRule {
  purpose: FilePurpose
  /** the input field, for the field message */
  field: string
  /** fileIDs the record already holds (checked when it was written) */
  kept?: readonly string[]
}

/**
 * Throws INVALID_INPUT naming the field when a photo is flagged (or too large to be checked). Call it after
 * acceptFiles: only the caller's own uploads are downloaded. The photos are checked at once; no database request.
 */
export async function requireSafeImages(fileIds: readonly string[], rule: ImageRule): Promise<void> {
  const kept = new Set(rule.kept ?? [])
  const fresh = fileIds.map((fileId, index) => ({ fileId, index })).filter((f) => !kept.has(f.fileId))
  const outcomes = await Promise.all(fresh.map(async (f) => ({ ...f, outcome: await checkImage(f.fileId) })))
  const bad = outcomes.find((o) => o.outcome !== 'pass')
  if (!bad) return
  const { label } = FILE_PURPOSES[rule.purpose]
  const which = fileIds.length > 1 ? `第 ${bad.index + 1} 张${label}` : label
  const message = bad.outcome === 'risky' ? `${which}未通过安全检查，请删除后换一张` : `${which}太大，无法检查，请删除后重新拍摄或选择`
  throw new AppError('INVALID_INPUT', message, { [rule.field]: message })
}

async function checkImage(fileId: string): Promise<'pass' | 'risky' | 'tooLarge'> {
  const ext = (pathOfFileId(fileId) ?? '').split('.').pop()?.toLowerCase() ?? ''
  const { fileContent } = (await cloud.downloadFile({ fileID: fileId })) as { fileContent: Buffer }
  try {
    await cloud.openapi.security.imgSecCheck({ media: { contentType: MIME[ext] ?? 'image/jpeg', value: fileContent } })
    return 'pass'
  } catch (error) {
    const code = (error as { errCode?: number }).errCode
    if (code === RISKY) return 'risky'
    if (code === TOO_LARGE) return 'tooLarge'
    throw error
  }
}
