/** What the bar offers to leave the page: back one page, home (opened directly, no history), or nothing (a tab page). */
export type WayBack = 'back' | 'home' | 'none'

export const TAB_PAGES = ['pages/home/index', 'pages/mine/index']
export const HOME_PAGE = '/pages/home/index'
/** the app's title (app.config.ts window.navigationBarTitleText), for a page without its own */
export const APP_TITLE = '黄河西路街道'

/** Which way back a page offers: none on a tab page, back when there is a page under it, else home. */
export function wayBack(path: string, pagesOpen: number): WayBack {
  const route = path.replace(/^\//, '').split('?')[0]
  if (TAB_PAGES.includes(route)) return 'none'
  return pagesOpen > 1 ? 'back' : 'home'
}
