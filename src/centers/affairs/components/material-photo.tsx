import { Image } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ActionButton } from '../../../components/action-button'

/**
 * A material photo as a preview that opens full size on tap (resident and staff alike). The button carries the
 * words; the picture itself is marked decorative so a screen reader says them once.
 */
export function MaterialPhoto({ url, urls, label }: { url: string; urls: string[]; label: string }) {
  // Taro's H5 Image passes imgProps to its <img>; the mini-program ignores it
  const decorative = { imgProps: { alt: '' } } as object
  return (
    <ActionButton
      className='photo-button'
      label={`查看大图：${label}`}
      onClick={() => {
        void Taro.previewImage({ urls, current: url })
      }}
    >
      <Image className='photo' src={url} mode='aspectFill' {...decorative} />
    </ActionButton>
  )
}
