/**
 * WeChat: since 2023-10 a privacy API (chooseMedia, setClipboardData, the phone-number button…) stays pending
 * until the person agrees to the privacy guide. With a listener registered, WeChat asks the app to show its own
 * sheet and waits for `resolve` — {event:'agree', buttonId} after the agreePrivacyAuthorization button was
 * tapped, or {event:'disagree'}, which fails the API with "privacy permission is not authorized".
 */
import Taro from '@tarojs/taro'
import { askPrivacy } from './privacy-requests'

let listening = false

/** Registers the app's one listener (at launch). Older clients without the API keep WeChat's own prompt. */
export function listenForPrivacyRequests(): void {
  if (listening || typeof Taro.onNeedPrivacyAuthorization !== 'function') return
  listening = true
  Taro.onNeedPrivacyAuthorization((resolve, eventInfo) => {
    // tells WeChat the app's own sheet is on screen
    resolve({ event: 'exposureAuthorization' })
    askPrivacy({ referrer: eventInfo?.referrer ?? '', resolve })
  })
}

/** WeChat raises the question itself when the API is called: nothing to do before it. */
export async function beforePrivacyApi(_referrer: string): Promise<boolean> {
  return true
}

/** Opens the guide configured in the mini-program console (用户隐私保护指引). */
export function openPrivacyGuide(): void {
  Taro.openPrivacyContract({ fail: () => undefined })
}
