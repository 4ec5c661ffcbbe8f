/**
 * 长辈版 (elder mode) and the user's WeChat font size: one small store that every screen reads.
 * The choice is kept on the device; it is a display preference, not personal data.
 */
import Taro from '@tarojs/taro'
import { platformFontScale } from './font-scale'

const ELDER_KEY = 'display.elderMode'
const listeners = new Set<() => void>()

function readStored(): boolean {
  try {
    return Taro.getStorageSync(ELDER_KEY) === true
  } catch {
    return false
  }
}

let elderMode = readStored()

export function isElderMode(): boolean {
  return elderMode
}

export function setElderMode(on: boolean): void {
  elderMode = on
  try {
    Taro.setStorageSync(ELDER_KEY, on)
  } catch {
    // storage full or unavailable: the choice still holds for this visit
  }
  for (const listener of listeners) listener()
}

export function subscribeDisplay(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/**
 * The user's WeChat font size (关怀模式 included) as a factor, 1 where the platform cannot tell; the browser build
 * can be told one (services/font-scale.h5.ts) to show and test what WeChat users with large text see.
 */
export function systemFontScale(): number {
  try {
    // fontSizeScaleFactor is newer than Taro's typings
    const factor = platformFontScale() ?? (Taro.getAppBaseInfo?.() as { fontSizeScaleFactor?: number } | undefined)?.fontSizeScaleFactor
    return typeof factor === 'number' && factor > 0 ? Math.min(Math.max(factor, 1), 2) : 1
  } catch {
    return 1
  }
}
