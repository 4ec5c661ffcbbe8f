/**
 * Browser (local cloud): photos chosen with a file input, stored through the local gateway at paths the
 * account function prepared for this person and purpose; returns their fileIDs with a local link to preview each.
 */
import { type FilePurpose, uploadExt } from '../shared/domain/files'
import type { CloudResult } from '../shared/result'
import { account } from '../shared/contracts/account'
import { CloudCallError, callCloud } from './cloud'
import { failureOf, plainMessage, TRANSPORT_MESSAGES } from './cloud-errors'
import { currentOpenid } from './identity'
import { beforePrivacyApi } from './privacy'

export interface UploadedPhoto {
  fileID: string
  /** where the picture can be shown on this device right away */
  preview: string
}

function chooseFiles(max: number): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = 'image/*'
    input.multiple = max > 1
    input.onchange = () => resolve(Array.from(input.files ?? []).slice(0, max))
    input.click()
  })
}

export async function pickAndUploadPhotos(max: number, purpose: FilePurpose): Promise<UploadedPhoto[]> {
  // a privacy API in WeChat (chooseMedia): the browser asks for the guide's consent at the same moment
  if (!(await beforePrivacyApi('chooseMedia'))) return []
  const files = await chooseFiles(max)
  if (!files.length) return []
  const { cloudPaths } = await callCloud(account, 'prepareUpload', { purpose, exts: files.map((f) => uploadExt(f.name)) })
  const ids: UploadedPhoto[] = []
  for (const [i, file] of files.entries()) {
    let response: Response
    try {
      response = await fetch(`/api/_upload?path=${encodeURIComponent(cloudPaths[i])}`, {
        method: 'POST',
        headers: { 'content-type': file.type || 'application/octet-stream', 'x-openid': currentOpenid() ?? '' },
        body: file,
      })
    } catch (error) {
      // offline or the connection dropped: say so, not 系统繁忙
      throw new CloudCallError('INTERNAL', TRANSPORT_MESSAGES[failureOf(error)])
    }
    const reply = (await response.json().catch(() => null)) as CloudResult<{ fileID: string }> | null
    if (!reply?.ok) throw new CloudCallError(reply?.error.code ?? 'INTERNAL', reply ? plainMessage(reply.error.code, reply.error.message) : '照片没有传上去，请重试')
    ids.push({ fileID: reply.data.fileID, preview: URL.createObjectURL(file) })
  }
  return ids
}
