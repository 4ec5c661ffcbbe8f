// In the browser Taro hides its navigation bar: every page gets its title (from its page config's
// navigationBarTitleText, as WeChat shows it) and a way back — back one page, or home when opened directly.
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { APP_TITLE, HOME_PAGE, wayBack } from './types'
import './index.scss'

interface PageSeen {
  title: string
  way: ReturnType<typeof wayBack>
}

/** Read once, when the page first renders: the page stays mounted under the ones opened after it. */
function thisPage(): PageSeen {
  const page = Taro.getCurrentInstance().page as { config?: { navigationBarTitleText?: string }; route?: string; path?: string } | null | undefined
  const path = page?.route ?? page?.path ?? Taro.getCurrentInstance().router?.path ?? ''
  return { title: page?.config?.navigationBarTitleText ?? APP_TITLE, way: wayBack(path, Taro.getCurrentPages().length) }
}

export function PageBar() {
  const [{ title, way }] = useState(thisPage)
  return (
    <header className='page-bar'>
      {way === 'back' ? (
        <button type='button' className='page-bar__way' onClick={() => void Taro.navigateBack()}>
          <span aria-hidden='true'>‹ </span>返回
        </button>
      ) : way === 'home' ? (
        <button type='button' className='page-bar__way' onClick={() => void Taro.reLaunch({ url: HOME_PAGE })}>
          <span aria-hidden='true'>‹ </span>首页
        </button>
      ) : null}
      <h1 className='page-bar__title'>{title}</h1>
    </header>
  )
}
