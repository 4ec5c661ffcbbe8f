import { CENTER_CODES, type CenterCode } from './shared/domain/centers'

/** Pages of each center's subpackage beyond its front page. */
const CENTER_PAGES: Partial<Record<CenterCode, string[]>> = {
  affairs: [
    'pages/service/index',
    'pages/book/index',
    'pages/bookings/index',
    'pages/apply/index',
    'pages/applications/index',
    'pages/application/index',
    'pages/board/index',
    'pages/inbox/index',
  ],
  culture: ['pages/activity/index', 'pages/signups/index', 'pages/orgs/index', 'pages/editor/index', 'pages/roster/index'],
}

export default defineAppConfig({
  pages: ['pages/home/index', 'pages/mine/index'],
  // one subpackage per center; the feature issues add their pages here
  subPackages: [
    ...CENTER_CODES.map((code) => ({ root: `centers/${code}`, pages: ['pages/index/index', ...(CENTER_PAGES[code] ?? [])] })),
    { root: 'account', pages: ['pages/profile/index', 'pages/roles/index'] },
  ],
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#b3261e',
    navigationBarTitleText: '黄河西路街道',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f4f6f8',
  },
  tabBar: {
    color: '#4a5160',
    selectedColor: '#b3261e',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/home/index', text: '首页', iconPath: 'assets/tab/home.png', selectedIconPath: 'assets/tab/home-active.png' },
      { pagePath: 'pages/mine/index', text: '我的', iconPath: 'assets/tab/mine.png', selectedIconPath: 'assets/tab/mine-active.png' },
    ],
  },
  // 个人信息: declared in the privacy guide (用户隐私保护指引) configured in the WeChat console
  __usePrivacyCheck__: true,
  lazyCodeLoading: 'requiredComponents',
})
