// In the browser: a real <button> around a plain <img alt=""> — the button's words say what the picture is
// (Taro's H5 Image gives its <img> no alt, which screen readers then read as a file name).
import Taro from '@tarojs/taro'
import type { PhotoButtonProps } from './types'

export function PhotoButton({ url, urls, label }: PhotoButtonProps) {
  return (
    <button
      type='button'
      className='photo-button'
      aria-label={`查看大图：${label}`}
      onClick={() => {
        void Taro.previewImage({ urls, current: url })
      }}
    >
      <img className='photo photo--cover' src={url} alt='' />
    </button>
  )
}
