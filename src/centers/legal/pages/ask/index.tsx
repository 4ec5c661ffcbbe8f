import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { ActionButton } from '@/components/action-button'
import { Screen } from '@/components/screen'
import { TextField } from '@/components/text-field'
import { Choices } from '@/centers/legal/components/choices'
import { Photos } from '@/centers/legal/components/photos'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud, errorMessage } from '@/services/cloud'
import { requestSubscriptions } from '@/services/subscribe'
import { pickAndUploadPhotos } from '@/services/upload'
import { CONSULT_CATEGORIES, type ConsultCategory } from '@/shared/domain/legal/consultations'
import { legal } from '@/shared/contracts/legal'

const MAX_PHOTOS = 6

/** 法律咨询: a category, the question, photos if they help; only the asker and the lawyer who answers see it. */
export default function AskPage() {
  const [category, setCategory] = useState<ConsultCategory | undefined>()
  const [text, setText] = useState('')
  const [photos, setPhotos] = useState<Array<{ file: string; url: string }>>([])
  const [uploadProblem, setUploadProblem] = useState<string | null>(null)
  const sending = useSubmit()
  const addPhotos = async () => {
    setUploadProblem(null)
    try {
      const added = await pickAndUploadPhotos(MAX_PHOTOS - photos.length, 'legalPhoto')
      setPhotos((p) => [...p, ...added.map((a) => ({ file: a.fileID, url: a.preview }))])
    } catch (e) {
      setUploadProblem(`照片上传失败：${errorMessage(e)}`)
    }
  }
  const submit = () =>
    sending.run(async (requestId) => {
      // from the tap: the answer notice the page promises
      await requestSubscriptions(['legalProgress'])
      const c = await callCloud(legal, 'askQuestion', { category: category as ConsultCategory, text, photos: photos.map((p) => p.file) }, { requestId })
      await Taro.redirectTo({ url: `/centers/legal/pages/consultation/index?id=${c.id}` })
    })
  const problem = uploadProblem ?? sending.problem
  return (
    <Screen>
      <View className='notice'>
        <Text>您的问题只有您本人和接单答复的值班律师能看到。列表和「我的」中只显示问题类别。</Text>
      </View>
      <Choices label='问题类别' options={CONSULT_CATEGORIES} chosen={category} onChoose={(c) => { setCategory(c); sending.forget('category') }} error={sending.fields.category} />
      <TextField label='您的问题' multiline value={text} onChange={(v) => { setText(v); sending.forget('text') }} error={sending.fields.text} maxLength={1000} placeholder='请说明事情经过和您想知道什么' />
      <Photos label='相关照片（选填：合同、借条、通知等）' photos={photos} max={MAX_PHOTOS} error={sending.fields.photos} onAdd={() => void addPhotos()} onRemove={(f) => setPhotos((p) => p.filter((x) => x.file !== f))} />
      <Text className='secondary-text'>提交时会请您允许「法律事务进度通知」：律师答复后微信会通知您。</Text>
      {problem ? <Text className='error-text' aria-live='assertive'>{problem}</Text> : null}
      <ActionButton className='primary-button spaced' disabled={sending.busy || !category} onClick={submit}>
        {sending.busy ? '正在提交…' : category ? '提交咨询' : '请先选择问题类别'}
      </ActionButton>
    </Screen>
  )
}
