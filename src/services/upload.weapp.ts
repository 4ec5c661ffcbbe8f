/**
 * Photos: chosen with the camera or album, stored in cloud storage at paths the account function prepared
 * for this person and purpose (actions accept no other file); returns their fileIDs.
 */
import Taro from '@tarojs/taro'
import { type FilePurpose, uploadExt } from '../shared/domain/files'
import { account } from '../shared/contracts/account'
import { callCloud } from './cloud'

export async function pickAndUploadPhotos(max: number, purpose: FilePurpose): Promise<string[]> {
  const chosen = await Taro.chooseMedia({ count: max, mediaType: ['image'], sizeType: ['compressed'], sourceType: ['album', 'camera'] }).catch(
    (error: { errMsg?: string }) => {
      // cancelled, or the privacy guide declined on the sheet: nothing chosen, not an error
      if (/cancel|privacy permission/.test(error?.errMsg ?? '')) return { tempFiles: [] }
      throw error
    },
  )
  const { tempFiles } = chosen
  if (!tempFiles.length) return []
  const { cloudPaths } = await callCloud(account, 'prepareUpload', { purpose, exts: tempFiles.map((f) => uploadExt(f.tempFilePath)) })
  const ids: string[] = []
  for (const [i, file] of tempFiles.entries()) {
    const { fileID } = await Taro.cloud.uploadFile({ cloudPath: cloudPaths[i], filePath: file.tempFilePath })
    ids.push(fileID)
  }
  return ids
}
