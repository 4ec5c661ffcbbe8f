// WeChat tells the font scale itself (getAppBaseInfo().fontSizeScaleFactor, read by display.ts).
export function platformFontScale(): number | undefined {
  return undefined
}
