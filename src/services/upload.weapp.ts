/**
 * Photos: chosen with the camera or album, stored in cloud storage at paths the account function prepared
 * for this person and purpose (actions accept no other file); returns their fileIDs with a local path to preview each.
 */
import Taro from '@tarojs/taro'
import { type FilePurpose, uploadExt } from '../shared/domain/files'
import { account } from '../shared/contracts/account'
import { CloudCallError, callCloud } from './cloud'
import { failureOf, TRANSPORT_MESSAGES } from './cloud-errors'

export interface UploadedPhoto {
  fileID: string
  /** where the picture can be shown on this device right away */
  preview: string
}

export async function pickAndUploadPhotos(max: number, purpose: FilePurpose): Promise<UploadedPhoto[]> {
  const chosen = await Taro.chooseMedia({ count: max, mediaType: ['image'], sizeType: ['compressed'], sourceType: ['album', 'camera'] }).catch(
    (error: { errMsg?: string }) => {
      // cancelled, or the privacy guide declined on the sheet: nothing chosen, not an error
      if (/cancel|privacy permission/.test(error?.errMsg ?? '')) return { tempFiles: [] }
      throw new CloudCallError('INTERNAL', '没能打开相机或相册，请在微信设置中允许后重试')
    },
  )
  const { tempFiles } = chosen
  if (!tempFiles.length) return []
  const { cloudPaths } = await callCloud(account, 'prepareUpload', { purpose, exts: tempFiles.map((f) => uploadExt(f.tempFilePath)) })
  const ids: UploadedPhoto[] = []
  for (const [i, file] of tempFiles.entries()) {
    const { fileID } = await Taro.cloud.uploadFile({ cloudPath: cloudPaths[i], filePath: file.tempFilePath }).catch((error: unknown) => {
      // offline or the connection dropped: name the network, not 系统繁忙
      throw new CloudCallError('INTERNAL', TRANSPORT_MESSAGES[failureOf(error)])
    })
    ids.push({ fileID, preview: file.tempFilePath })
  }
  return ids
}
