// The browser build: Taro's H5 router draws no custom tab bar (NervJS/taro#10049; `custom: true` turns its own
// off), so each tab page ends with the app's bar, sticky at the bottom of its scroll area.
import { useRouter } from '@tarojs/taro'
import { TabBar } from '../tab-bar'
import { tabOf } from '../tab-bar/tabs'

export function TabBarSlot() {
  const current = tabOf(useRouter().path)
  return current ? <TabBar current={current} className='tab-bar--in-page' /> : null
}
