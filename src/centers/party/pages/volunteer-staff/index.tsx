import { Text, View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import { ActionButton } from '@/components/action-button'
import { ExportButton } from '@/components/export-button'
import { PagedListView } from '@/components/paged-list'
import { Screen } from '@/components/screen'
import { NoPermission, useStaffOnly } from '@/components/staff-only'
import { TextField } from '@/components/text-field'
import { usePagedList } from '@/hooks/use-paged-list'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud } from '@/services/cloud'
import { confirmAction, toastDone } from '@/services/dialog'
import { party } from '@/shared/contracts/party'
import { shanghaiDay } from '@/shared/time'

/** Party staff: the volunteers, and hours for a service they verified (each volunteer credited once per record). */
export default function VolunteerStaffPage() {
  const fetchPage = useCallback((page: number) => callCloud(party, 'listVolunteers', { page, pageSize: 10 }), [])
  const list = usePagedList(fetchPage)
  const refused = useStaffOnly(list.refused, party, 'listVolunteers')
  const submit = useSubmit()
  const [numbers, setNumbers] = useState('')
  const [title, setTitle] = useState('')
  const [hours, setHours] = useState('')
  const [day, setDay] = useState(shanghaiDay(new Date()))
  const [outcome, setOutcome] = useState<string | null>(null)
  const volunteerNos = numbers.split(/[\s,，、]+/).map((n) => n.trim().toUpperCase()).filter(Boolean)
  const edit = (set: (v: string) => void, field: string) => (v: string) => {
    set(v)
    submit.forget(field)
  }
  const credit = async () => {
    const yes = await confirmAction({ title: '记录志愿时长', content: `为 ${volunteerNos.length} 位志愿者记录「${title}」${hours} 小时（${day}）。请确认服务已核实。`, confirmText: '确认记时' })
    if (!yes) return
    let text = ''
    const done = await submit.run(async (requestId) => {
      const r = await callCloud(party, 'creditHours', { volunteerNos, title, hours: Number(hours), day }, { requestId })
      text = [r.credited.length ? `已记时：${r.credited.map((c) => c.name).join('、')}` : '', r.already.length ? `已记过：${r.already.join('、')}` : '', r.unknown.length ? `没有这些编号：${r.unknown.join('、')}` : ''].filter(Boolean).join('；')
    })
    if (!done.ok) return
    setOutcome(text)
    await toastDone('已记录志愿时长')
    await list.reload()
  }
  if (refused) return <NoPermission what='志愿者管理' who='党建指导中心的工作人员' center='party' hint='志愿者名册只供党建指导中心的工作人员查看。登记成为志愿者或查看自己的服务时长，请回到党建指导中心首页。' />
  return (
    <Screen>
      <Text className='section-title'>记录志愿时长</Text>
      <TextField label='志愿者编号（多个用逗号分隔）' value={numbers} onChange={edit(setNumbers, 'volunteerNos')} error={submit.fields.volunteerNos ?? submit.fields['volunteerNos.0']} />
      <TextField label='服务内容' value={title} onChange={edit(setTitle, 'title')} maxLength={20} error={submit.fields.title} />
      <TextField label='服务时长（小时）' value={hours} onChange={edit(setHours, 'hours')} maxLength={5} error={submit.fields.hours} />
      <TextField label='服务日期（YYYY-MM-DD）' value={day} onChange={edit(setDay, 'day')} maxLength={10} error={submit.fields.day} />
      {submit.problem ? <Text className='error-text' aria-live='assertive'>{submit.problem}</Text> : null}
      {outcome ? <Text className='status-text' aria-live='polite'>{outcome}</Text> : null}
      <ActionButton className='primary-button spaced' disabled={submit.busy || !volunteerNos.length} disabledReason={volunteerNos.length ? undefined : '请填写志愿者编号'} onClick={credit}>
        {submit.busy ? '正在记录…' : '记录时长'}
      </ActionButton>
      <Text className='section-title'>志愿者</Text>
      <ExportButton what='志愿者名册（含服务时长）' exportSheet={() => callCloud(party, 'exportVolunteers', {})} />
      <PagedListView list={list} empty={{ text: '还没有登记的志愿者', hint: '居民可在「志愿服务与时间银行」登记' }} keyOf={(v) => v.number}>
        {(v) => (
          <View className='card list-row'>
            <Text className='list-row__title'>{v.name} {v.number}</Text>
            <Text className='secondary-text'>{v.community} · 技能：{v.skills.join('、')} · {v.availabilityText}</Text>
            <Text className='secondary-text'>累计 {v.creditedText} · 可用 {v.balanceText}</Text>
          </View>
        )}
      </PagedListView>
    </Screen>
  )
}
