/**
 * WeChat: a spreadsheet link (an export) is downloaded and opened in WeChat's document viewer, whose menu
 * (showMenu) lets staff forward the file to themselves and open it on their PC in Excel or WPS.
 */
import Taro from '@tarojs/taro'

/** Opens the xlsx at `url`; answers what the person sees now, in words. Fails when it could not be opened. */
export async function openSpreadsheet(url: string): Promise<string> {
  const { tempFilePath, statusCode } = await Taro.downloadFile({ url })
  if (statusCode !== 200) throw new Error(`download ${statusCode}`)
  await Taro.openDocument({ filePath: tempFilePath, fileType: 'xlsx', showMenu: true })
  return '表格已打开：点右上角「···」可转发给自己，在电脑上用 Excel 或 WPS 打开'
}

/** Opens the PDF at `url` in WeChat's document viewer, whose menu saves or forwards it. Fails when it could not be opened. */
export async function openPdf(url: string, _fileName: string): Promise<string> {
  const { tempFilePath, statusCode } = await Taro.downloadFile({ url })
  if (statusCode !== 200) throw new Error(`download ${statusCode}`)
  await Taro.openDocument({ filePath: tempFilePath, fileType: 'pdf', showMenu: true })
  return '证明已打开：点右上角「···」可保存或转发'
}
