// WeChat draws the bar (src/custom-tab-bar) over the page: a tab page tells it which tab shows and keeps an
// invisible copy of the bar at its end, so the last rows can be scrolled clear of it.
import { useDidShow, useRouter } from '@tarojs/taro'
import { showTab } from '../tab-bar/current'
import { TabBar } from '../tab-bar'
import { tabOf } from '../tab-bar/tabs'

export function TabBarSlot() {
  const current = tabOf(useRouter().path)
  useDidShow(() => showTab(current))
  return current ? <TabBar current={current} className='tab-bar--space' hidden /> : null
}
