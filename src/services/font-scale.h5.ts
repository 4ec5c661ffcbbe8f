// The browser has no WeChat font setting: `?fontScale=2` in the address, or this key in localStorage (browser tests
// set it before the app loads), stands in for WeChat's fontSizeScaleFactor, through the same path as in WeChat.
export const FONT_SCALE_KEY = 'display.fontScale'

export function platformFontScale(): number | undefined {
  try {
    const fromAddress = /[?&]fontScale=([\d.]+)/.exec(window.location.href)?.[1]
    const value = Number(fromAddress ?? window.localStorage.getItem(FONT_SCALE_KEY))
    return value > 0 ? value : undefined
  } catch {
    return undefined
  }
}
