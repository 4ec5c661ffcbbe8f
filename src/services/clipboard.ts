import Taro from '@tarojs/taro'
import { beforePrivacyApi } from './privacy'

/**
 * Copies text. A privacy API (剪切板): the person may decline the privacy guide, or the system may refuse;
 * either way it answers false and the caller shows the text to copy by hand — never an error.
 */
export async function copyText(data: string): Promise<boolean> {
  try {
    if (!(await beforePrivacyApi('setClipboardData'))) return false
    await Taro.setClipboardData({ data })
    return true
  } catch {
    return false
  }
}
