// WeChat scrolls the page to the element (基础库 2.7.3+: selector).
import Taro from '@tarojs/taro'

export function scrollIntoSight(id: string): void {
  Taro.pageScrollTo({ selector: `#${id}`, duration: 200 }).catch(() => undefined)
}
