import { Text, View } from '@tarojs/components'
import { useState, useSyncExternalStore } from 'react'
import { answerConfirm, dialogState, subscribeDialog } from '@/services/dialog'
import { ActionButton } from '../action-button'
import { useDialogFocus } from './use-dialog-focus'
import './index.scss'

let hosts = 0

/**
 * The app's question (confirmAction) and toast (toastDone), drawn with the page's tokens, so 长辈版 gets 24 px text
 * and 60 px buttons and the WeChat font scale reaches them. Mounted once in Screen; hidden the rest of the time.
 * The toast's live region is always there, so screen readers announce the words when they appear.
 */
export function DialogHost() {
  const { confirm, toast } = useSyncExternalStore(subscribeDialog, dialogState, dialogState)
  // one host per page in the stack, and Taro renders pages apart: ids stay unique across them
  const [id] = useState(() => {
    hosts += 1
    return hosts
  })
  useDialogFocus(confirm?.id ?? null, `.app-dialog__cancel-${id}`, () => answerConfirm(false))
  return (
    <>
      <View className='app-toast-region' role='status' aria-live='polite'>
        {toast ? (
          <View key={toast.id} className='app-toast'>
            <Text className='app-toast__mark' aria-hidden='true'>
              ✓
            </Text>
            <Text className='app-toast__text'>{toast.text}</Text>
          </View>
        ) : null}
      </View>
      {confirm ? (
        <View className='app-dialog'>
          <View
            key={confirm.id}
            className='app-dialog__panel'
            role='alertdialog'
            aria-modal='true'
            aria-labelledby={`dialog-title-${id}`}
            aria-describedby={`dialog-text-${id}`}
          >
            <Text id={`dialog-title-${id}`} className='app-dialog__title'>
              {confirm.title}
            </Text>
            <Text id={`dialog-text-${id}`} className='app-dialog__text'>
              {confirm.content}
            </Text>
            <View className='app-dialog__actions'>
              <ActionButton className={`plain-button app-dialog__button app-dialog__cancel-${id}`} onClick={() => answerConfirm(false)}>
                {confirm.cancelText}
              </ActionButton>
              <ActionButton className='primary-button app-dialog__button' onClick={() => answerConfirm(true)}>
                {confirm.confirmText}
              </ActionButton>
            </View>
          </View>
        </View>
      ) : null}
    </>
  )
}
