import { Text, View } from '@tarojs/components'
import { ActionButton } from '../action-button'
import { CenterGlyph } from '../center-glyph'
import { Phrases } from '../phrases'
import Taro from '@tarojs/taro'
import { type Center, centerEntryPath } from '@/shared/domain/centers'
import './index.scss'

/** One of the eight centers on the home page: badge, name, purpose, 即将开通 while not online; the whole card is the button, named by its text. */
export function CenterCard({ center }: { center: Center }) {
  return (
    <ActionButton
      className='plain-button center-card'
      // named as written: the name's words (Phrases) are split for the eye only
      label={`${center.name} ${center.purpose}`}
      onClick={() => Taro.navigateTo({ url: centerEntryPath(center.code) })}
    >
      <CenterGlyph glyph={center.glyph} />
      <View className='center-card__body'>
        <Text className='center-card__name'>
          <Phrases text={center.name} />
        </Text>
        <Text className='center-card__purpose'>{center.purpose}</Text>
        {center.online ? null : <Text className='center-card__soon'>即将开通 · 可到现场办理</Text>}
      </View>
      <Text className='center-card__go' aria-hidden>
        ›
      </Text>
    </ActionButton>
  )
}
