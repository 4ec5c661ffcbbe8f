/** Browser (local cloud): the register picked with a file input, stored at a path prepared for this person. */
import { account } from '@/shared/contracts/account'
import type { CloudResult } from '@/shared/result'
import { CloudCallError, callCloud } from '@/services/cloud'
import { currentOpenid } from '@/services/identity'
import { beforePrivacyApi } from '@/services/privacy'

export interface UploadedSheet {
  fileID: string
  kind: 'xlsx' | 'csv'
  name: string
}

function chooseFile(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = '.xlsx,.csv'
    input.onchange = () => resolve(input.files?.[0] ?? null)
    input.click()
  })
}

export async function pickAndUploadSheet(): Promise<UploadedSheet | null> {
  if (!(await beforePrivacyApi('chooseMessageFile'))) return null
  const file = await chooseFile()
  if (!file) return null
  const kind = file.name.toLowerCase().endsWith('.csv') ? 'csv' : 'xlsx'
  const { cloudPaths } = await callCloud(account, 'prepareUpload', { purpose: 'seniorImport', exts: [kind] })
  const response = await fetch(`/api/_upload?path=${encodeURIComponent(cloudPaths[0])}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', 'x-openid': currentOpenid() ?? '' },
    body: file,
  }).catch(() => {
    throw new CloudCallError('INTERNAL', '网络连接失败，表格没有传上去，请检查网络后重试')
  })
  const reply = (await response.json().catch(() => null)) as CloudResult<{ fileID: string }> | null
  if (!reply?.ok) throw new CloudCallError(reply?.error.code ?? 'INTERNAL', reply?.error.message ?? '表格上传失败，请重试')
  return { fileID: reply.data.fileID, kind, name: file.name }
}
