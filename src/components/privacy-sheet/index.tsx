import { Text, View } from '@tarojs/components'
import { useEffect, useId, useState } from 'react'
import { openPrivacyGuide } from '@/services/privacy'
import { answerPrivacy, onPrivacyRequest, type PrivacyRequest, pendingPrivacy } from '@/services/privacy-requests'
import { ActionButton } from '../action-button'
import { AgreeButton } from './agree-button'
import './index.scss'


/** What the person is about to do, in words, for the APIs the app uses. */
const WHAT: Record<string, string> = {
  chooseMedia: '选择或拍摄照片',
  chooseImage: '选择或拍摄照片',
  setClipboardData: '复制内容',
  'button.getPhoneNumber': '使用微信绑定的手机号',
  getPhoneNumber: '使用微信绑定的手机号',
}

/**
 * The app's privacy consent sheet (用户隐私保护指引): shown only when a privacy API is first needed, with the
 * guide's link and 同意 / 拒绝. Mounted once in Screen, so every page has it; hidden the rest of the time.
 */
export function PrivacySheet() {
  const [request, setRequest] = useState<PrivacyRequest | null>(pendingPrivacy)
  useEffect(() => onPrivacyRequest(setRequest), [])
  // one sheet per page in the stack: ids stay unique; the agree button's id is what resolve names
  const id = useId().replace(/[^\w-]/g, '')
  if (!request) return null
  const what = WHAT[request.referrer]
  return (
    <View className='privacy-sheet' role='dialog' aria-modal='true' aria-labelledby={`privacy-title-${id}`}>
      <View className='privacy-sheet__panel'>
        <Text id={`privacy-title-${id}`} className='privacy-sheet__title'>
          个人信息保护提示
        </Text>
        <Text className='privacy-sheet__text'>
          {what ? `您要${what}。` : ''}
          这需要用到您的个人信息。请先阅读《用户隐私保护指引》，了解我们收集哪些信息、做什么用、谁能看到。
        </Text>
        <ActionButton className='plain-button privacy-sheet__link' onClick={openPrivacyGuide}>
          查看《用户隐私保护指引》
        </ActionButton>
        <Text className='privacy-sheet__text'>同意后才能继续；不同意也可以，其他功能照常使用。</Text>
        <View className='privacy-sheet__actions'>
          <ActionButton className='plain-button privacy-sheet__button' onClick={() => answerPrivacy({ event: 'disagree' })}>
            拒绝
          </ActionButton>
          <AgreeButton id={`privacy-agree-${id}`} onAgree={(buttonId) => answerPrivacy({ event: 'agree', buttonId })} />
        </View>
      </View>
    </View>
  )
}
