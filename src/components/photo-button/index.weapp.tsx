// In WeChat: Taro's Image inside the native button; tapping opens the full-size viewer.
import { Image } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ActionButton } from '../action-button'
import type { PhotoButtonProps } from './types'

export function PhotoButton({ url, urls, label }: PhotoButtonProps) {
  return (
    <ActionButton
      className='photo-button'
      label={`查看大图：${label}`}
      onClick={() => {
        void Taro.previewImage({ urls, current: url })
      }}
    >
      <Image className='photo' src={url} mode='aspectFill' />
    </ActionButton>
  )
}
