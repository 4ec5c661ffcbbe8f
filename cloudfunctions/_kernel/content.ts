/** 内容安全: text people publish must pass WeChat's msgSecCheck (v2) before anyone else sees it. */
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
