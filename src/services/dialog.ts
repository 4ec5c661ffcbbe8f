/**
 * The app's one way to ask before an action and to say it is done. Pages call these, never Taro.showModal or
 * Taro.showToast, so that dialogs and toasts follow 长辈版 and the WeChat font scale in one place.
 */
import Taro from '@tarojs/taro'

export interface ConfirmSpec {
  title: string
  /** what will happen, in the person's words: what is lost, who is told */
  content: string
  /** the verb of the action, e.g. 确定取消 */
  confirmText: string
  cancelText?: string
}

/** Resolves true only when the person chose the action. */
export async function confirmAction({ title, content, confirmText, cancelText = '再想想' }: ConfirmSpec): Promise<boolean> {
  const { confirm } = await Taro.showModal({ title, content, confirmText, cancelText })
  return confirm
}

/** A short "done" message (≤ 7 characters show in full on WeChat's toast). */
export async function toastDone(text: string): Promise<void> {
  await Taro.showToast({ title: text, icon: 'success' })
}
