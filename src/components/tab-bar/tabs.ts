/** The tab pages (app.config.ts declares the same two for WeChat) and the words under their icons. */
export const TABS = [
  { path: '/pages/home/index', text: '首页', icon: 'home' },
  { path: '/pages/mine/index', text: '我的', icon: 'mine' },
] as const

export type TabIcon = (typeof TABS)[number]['icon']

/** The tab a route belongs to ('' for pages outside the tab bar); routes come with or without the leading slash. */
export function tabOf(route: string | undefined): string {
  const path = `/${(route ?? '').replace(/^\//, '').split('?')[0]}`
  return TABS.find((t) => t.path === path)?.path ?? ''
}
