import { View } from '@tarojs/components'
import type { CSSProperties, PropsWithChildren } from 'react'
import { useDisplay } from '@/hooks/use-display'
import { DialogHost } from '../dialog-host'
import { PageBar } from '../page-bar'
import { PrivacySheet } from '../privacy-sheet'
import { TabBarSlot } from './tab-bar-slot'

/**
 * The root of every page: applies the design tokens, 长辈版 and the user's font size, and carries what every page
 * may show: the app's dialog and toast, the privacy sheet and, on 首页 and 我的, the tab bar.
 */
export function Screen({ children }: PropsWithChildren) {
  const { elder, scale } = useDisplay()
  return (
    <>
      <View className={elder ? 'screen screen--elder' : 'screen'} style={{ '--font-scale': scale } as CSSProperties}>
        <PageBar />
        {children}
        <DialogHost />
        <PrivacySheet />
      </View>
      <TabBarSlot />
    </>
  )
}
