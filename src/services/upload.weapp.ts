/** Photos of materials: chosen with the camera or album, stored in cloud storage; returns their fileIDs. */
import Taro from '@tarojs/taro'

export async function pickAndUploadPhotos(max: number, folder: string): Promise<string[]> {
  const { tempFiles } = await Taro.chooseMedia({ count: max, mediaType: ['image'], sizeType: ['compressed'], sourceType: ['album', 'camera'] })
  const ids: string[] = []
  for (const [i, file] of tempFiles.entries()) {
    const ext = file.tempFilePath.split('.').pop() ?? 'jpg'
    const { fileID } = await Taro.cloud.uploadFile({ cloudPath: `${folder}/${Date.now()}-${i}.${ext}`, filePath: file.tempFilePath })
    ids.push(fileID)
  }
  return ids
}
