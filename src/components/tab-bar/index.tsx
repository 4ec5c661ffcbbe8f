import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { CSSProperties } from 'react'
import { useDisplay } from '@/hooks/use-display'
import { ActionButton } from '../action-button'
import { ICONS } from './icons'
import { TABS } from './tabs'
import './index.scss'

/**
 * 首页 / 我的 at the bottom, following 长辈版 (labels 22 px, items 64 px) and the WeChat font scale, dark grey
 * 8.1:1 and red 6.6:1 on white; the page on screen is said (aria-current, or in the name in WeChat), not only coloured.
 * WeChat draws it from src/custom-tab-bar; the browser build from Screen (Taro's H5 router draws no custom tab bar).
 */
export function TabBar({ current, className, hidden }: { current: string; className?: string; hidden?: boolean }) {
  const { elder, scale } = useDisplay()
  return (
    <View
      className={['tab-bar', elder ? 'tab-bar--elder' : '', className ?? ''].join(' ').trim()}
      style={{ '--tab-scale': Math.min(scale, 1.5) } as CSSProperties}
      aria-hidden={hidden ? 'true' : undefined}
    >
      <View className='tab-bar__items' role='navigation' aria-label='主导航'>
        {TABS.map((tab) => {
          const on = tab.path === current
          return (
            <ActionButton
              key={tab.path}
              className={on ? 'tab-bar__item tab-bar__item--on' : 'tab-bar__item'}
              label={tab.text}
              current={on}
              onClick={() => (on ? undefined : Taro.switchTab({ url: tab.path }))}
            >
              <Image className='tab-bar__icon' src={on ? ICONS[tab.icon].on : ICONS[tab.icon].off} aria-hidden='true' />
              <Text className='tab-bar__label'>{tab.text}</Text>
            </ActionButton>
          )
        })}
      </View>
    </View>
  )
}
