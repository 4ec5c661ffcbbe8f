import { Text } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { Screen } from '@/components/screen'
import { NoPermission, useStaffOnly } from '@/components/staff-only'
import { StateView } from '@/components/state-view'
import { ActivityAudienceFields, ActivityDetailFields, ActivityHostFields, ActivityQuestionFields } from '@/centers/culture/components/activity-form'
import { activities } from '@/shared/contracts/activities'
import { useEditor } from './use-editor'

/** 发布活动: an organization's staff (or a center's) fill in the activity; saved as a draft, then submitted for review. */
export default function EditorPage() {
  const e = useEditor()
  const refused = useStaffOnly(e.loaded.refused, activities, 'createActivity')
  if (refused) return <NoPermission what='活动发布' doing='发布活动' who='社会组织和文化中心的工作人员' center='culture' hint='活动由社会组织和文化中心的工作人员发布。社会组织的工作人员请在文化中心首页「社会组织」中用邀请码加入本组织后再发布。' />
  if (e.loaded.error) return <Screen><StateView kind='error' text={e.loaded.error} onRetry={e.loaded.reload} /></Screen>
  if (!e.draft || !e.host) return <Screen><StateView kind='loading' /></Screen>
  const form = { draft: e.draft, fields: e.fields, set: e.set }
  // only a new activity chooses its host; an edited one keeps it
  const hosts = e.current ? null : { orgIds: e.host.orgIds, centerHosted: e.host.staffCenters.length > 0, orgNames: e.host.orgNames }

  return (
    <Screen>
      <ActivityHostFields {...form} hosts={hosts} />
      <ActivityDetailFields {...form} />
      <ActivityAudienceFields {...form} />
      <ActivityQuestionFields {...form} onAdd={e.addQuestion} />
      {e.problem ? <Text className='error-text' aria-live='assertive'>{e.problem}</Text> : null}
      <ActionButton className='primary-button spaced' disabled={e.busy} onClick={e.save}>
        {e.busy ? '正在保存…' : e.current ? '保存修改' : '保存草稿'}
      </ActionButton>
      <Text className='secondary-text'>保存后在活动页「提交审核」，中心审核通过即发布。</Text>
    </Screen>
  )
}
