import { View } from '@tarojs/components'
import type { CSSProperties, PropsWithChildren } from 'react'
import { useDisplay } from '@/hooks/use-display'
import { PageBar } from '../page-bar'
import { PrivacySheet } from '../privacy-sheet'

/** The root of every page: applies the design tokens, 长辈版 and the user's font size. */
export function Screen({ children }: PropsWithChildren) {
  const { elder, scale } = useDisplay()
  return (
    <View className={elder ? 'screen screen--elder' : 'screen'} style={{ '--font-scale': scale } as CSSProperties}>
      <PageBar />
      {children}
      <PrivacySheet />
    </View>
  )
}
