import type { PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { ensureSignedIn } from './services/identity'
import { listenForPrivacyRequests } from './services/privacy'
import './app.scss'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    // WeChat asks the app's own privacy sheet before the first privacy API (components/privacy-sheet)
    listenForPrivacyRequests()
    ensureSignedIn()
  })
  return children
}

export default App
