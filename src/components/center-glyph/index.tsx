import { View } from '@tarojs/components'
import './index.scss'

/** A center's one-character badge; decorative, the center's name is always written beside it. */
export function CenterGlyph({ glyph }: { glyph: string }) {
  return (
    <View className='center-glyph' aria-hidden>
      {glyph}
    </View>
  )
}
