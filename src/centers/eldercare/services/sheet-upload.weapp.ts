/** WeChat: staff pick the register from a chat (chooseMessageFile), stored at a path prepared for them. */
import Taro from '@tarojs/taro'
import { account } from '@/shared/contracts/account'
import { callCloud } from '@/services/cloud'

export interface UploadedSheet {
  fileID: string
  kind: 'xlsx' | 'csv'
  name: string
}

export async function pickAndUploadSheet(): Promise<UploadedSheet | null> {
  const chosen = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['xlsx', 'csv'] }).catch((error: { errMsg?: string }) => {
    if (/cancel|privacy permission/.test(error?.errMsg ?? '')) return { tempFiles: [] }
    throw error
  })
  const file = chosen.tempFiles[0]
  if (!file) return null
  const kind = file.name.toLowerCase().endsWith('.csv') ? 'csv' : 'xlsx'
  const { cloudPaths } = await callCloud(account, 'prepareUpload', { purpose: 'seniorImport', exts: [kind] })
  const { fileID } = await Taro.cloud.uploadFile({ cloudPath: cloudPaths[0], filePath: file.path })
  return { fileID, kind, name: file.name }
}
