import { subPackages } from './centers'

export default defineAppConfig({
  pages: ['pages/home/index', 'pages/mine/index'],
  // one subpackage per center (and the platform's account pages), from each center's manifest
  subPackages: subPackages(),
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#b3261e',
    navigationBarTitleText: '黄河西路街道',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f4f6f8',
  },
  // custom: the app draws the bar (src/custom-tab-bar; in the browser build, Screen) so that it follows 长辈版 and
  // the WeChat font scale; WeChat still needs the full list to know the tab pages (and for base libraries < 2.5)
  tabBar: {
    custom: true,
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
