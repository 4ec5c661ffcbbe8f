import type { PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { ensureSignedIn } from './services/identity'
import './app.scss'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    ensureSignedIn()
  })
  return children
}

export default App
