import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { Screen } from '@/components/screen'
import { StateView } from '@/components/state-view'
import { JobForm } from '@/centers/employment/components/job-form'
import { useEditor } from './use-editor'

/** 发布岗位: the form, then 保存并发布 (the rule check names any word to change) or 存为草稿. */
export default function EditorPage() {
  const e = useEditor()
  if (e.loaded.error) return <Screen><StateView kind='error' text={e.loaded.error} onRetry={e.loaded.reload} /></Screen>
  if (!e.loaded.data) return <Screen><StateView kind='loading' /></Screen>
  if (!e.loaded.data.employer) return <Screen><StateView kind='empty' text='请先登记用人单位' hint='在「单位招聘」中提交营业执照，中心审核通过后即可发布岗位' /></Screen>
  return (
    <Screen>
      <Text className='notice'>招聘信息不得含有民族、性别、宗教、户籍或地域限制，不得收取任何费用或押金，不得招转培、培训贷或承诺高薪。</Text>
      <JobForm e={e} />
      {e.problem ? <Text className='error-text' aria-live='assertive'>{e.problem}</Text> : null}
      <View className='entries'>
        <ActionButton className='primary-button entries__item' disabled={e.busy} onClick={() => void e.save(true)}>
          {e.busy ? '正在提交…' : '保存并发布'}
        </ActionButton>
        <ActionButton className='plain-button entries__item' disabled={e.busy} onClick={() => void e.save(false)}>
          存为草稿
        </ActionButton>
      </View>
    </Screen>
  )
}
