// The browser build bundles the icons with the tab bar.
import home from '@/assets/tab/home.png'
import homeOn from '@/assets/tab/home-active.png'
import mine from '@/assets/tab/mine.png'
import mineOn from '@/assets/tab/mine-active.png'
import type { TabIcon } from './tabs'

export const ICONS: Record<TabIcon, { off: string; on: string }> = { home: { off: home, on: homeOn }, mine: { off: mine, on: mineOn } }
