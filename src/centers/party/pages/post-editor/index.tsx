import { Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { ChoiceChips } from '@/components/choice-chips'
import { useViewer } from '@/centers/party/components/use-viewer'
import { ActionButton } from '@/components/action-button'
import { DateTimeField } from '@/components/datetime-field'
import { Screen } from '@/components/screen'
import { NoPermission, useStaffOnly } from '@/components/staff-only'
import { TextField } from '@/components/text-field'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud } from '@/services/cloud'
import { toastDone } from '@/services/dialog'
import { party } from '@/shared/contracts/party'
import { COMMUNITIES } from '@/shared/domain/communities'
import { POST_KINDS } from '@/shared/domain/party/posts'
import { EMPTY_POST, type PostDraft, toPostInput } from './draft'

/** 发布服务岗位: a community's post with its places, period and hours per service. */
export default function PostEditorPage() {
  const v = useViewer()
  const refused = useStaffOnly(v.me.data !== null && !v.manages)
  const [d, setDraft] = useState<PostDraft>(EMPTY_POST)
  const sending = useSubmit()
  const change = (patch: Partial<PostDraft>) => {
    setDraft((x) => ({ ...x, ...patch }))
    for (const key of Object.keys(patch)) sending.forget(key)
  }
  const options = v.managed === 'all' ? COMMUNITIES : COMMUNITIES.filter((c) => v.managed.includes(c))
  const publish = () =>
    void sending.run(async (requestId) => {
      await callCloud(party, 'publishPost', toPostInput(d), { requestId })
      await toastDone('已发布')
      if (Taro.getCurrentPages().length > 1) await Taro.navigateBack()
    })
  if (refused) return <NoPermission what='服务岗位发布' doing='发布服务岗位' who='社区和党建指导中心的工作人员' center='party' hint='服务岗位由社区和党建指导中心发布。在职党员想认领岗位，请回到党建指导中心首页点「双报到服务岗位」。' />
  return (
    <Screen>
      <ChoiceChips label='社区' options={options} isOn={(c) => d.community === c} onPick={(community) => change({ community })} error={sending.fields.community} />
      <ChoiceChips label='岗位类别' options={POST_KINDS} isOn={(k) => d.kind === k} onPick={(kind) => change({ kind })} error={sending.fields.kind} />
      <TextField label='岗位名称' value={d.title} onChange={(title) => change({ title })} maxLength={30} error={sending.fields.title} placeholder='如：12号楼楼栋长助手' />
      <TextField label='服务内容' multiline value={d.description} onChange={(description) => change({ description })} maxLength={500} error={sending.fields.description} />
      <TextField label='服务地点' value={d.place} onChange={(place) => change({ place })} maxLength={60} error={sending.fields.place} />
      <DateTimeField label='开始时间' value={d.startAt} onChange={(startAt) => change({ startAt })} error={sending.fields.startAt} />
      <DateTimeField label='结束时间' value={d.endAt} onChange={(endAt) => change({ endAt })} error={sending.fields.endAt} />
      <TextField label='名额（人）' type='tel' value={d.capacity} onChange={(capacity) => change({ capacity })} maxLength={3} error={sending.fields.capacity} />
      <TextField label='每次服务时长（小时）' value={d.hours} onChange={(hours) => change({ hours })} maxLength={4} error={sending.fields.hours} />
      {sending.problem ? <Text className='error-text' aria-live='assertive'>{sending.problem}</Text> : null}
      <ActionButton className='primary-button spaced' disabled={sending.busy} onClick={publish}>
        {sending.busy ? '正在发布…' : '发布岗位'}
      </ActionButton>
    </Screen>
  )
}
