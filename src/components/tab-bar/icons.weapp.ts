// WeChat already ships these files in the main package (app.json's tabBar names them): point at them, no copies.
import type { TabIcon } from './tabs'

export const ICONS: Record<TabIcon, { off: string; on: string }> = {
  home: { off: '/assets/tab/home.png', on: '/assets/tab/home-active.png' },
  mine: { off: '/assets/tab/mine.png', on: '/assets/tab/mine-active.png' },
}
