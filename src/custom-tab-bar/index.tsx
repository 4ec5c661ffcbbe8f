// WeChat's custom tab bar (app.config.ts: tabBar.custom): one instance per tab page, drawn by WeChat outside the
// page; the page on screen says which tab it is (components/screen/tab-bar-slot.weapp.tsx).
import Taro from '@tarojs/taro'
import { useSyncExternalStore } from 'react'
import { TabBar } from '@/components/tab-bar'
import { currentTab, subscribeTab } from '@/components/tab-bar/current'
import { tabOf } from '@/components/tab-bar/tabs'

function shownTab(): string {
  if (currentTab()) return currentTab()
  const pages = Taro.getCurrentPages()
  return tabOf(pages[pages.length - 1]?.route)
}

export default function CustomTabBar() {
  const current = useSyncExternalStore(subscribeTab, shownTab, shownTab)
  return <TabBar current={current} />
}

// the bar's class names live in the app's stylesheet too: let them reach this component
CustomTabBar.options = { addGlobalClass: true }
