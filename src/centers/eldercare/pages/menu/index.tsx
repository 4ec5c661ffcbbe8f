import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ActionButton } from '@/components/action-button'
import { Screen } from '@/components/screen'
import { NoPermission, useStaffOnly } from '@/components/staff-only'
import { TextField } from '@/components/text-field'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud, invalidInput } from '@/services/cloud'
import { toastDone } from '@/services/dialog'
import { eldercare } from '@/shared/contracts/eldercare'
import { shanghaiDay } from '@/shared/time'
import { ChoiceRow } from '../../components/choice-row'
import { type MenuDraft, toMenuInput } from './draft'

/** 发布菜单 (kitchen staff): dishes with their tags, places, price per tier and the subsidy; default cutoffs. */
export default function MenuPage() {
  const [d, setD] = useState<MenuDraft>({ day: shanghaiDay(new Date()), meal: 'lunch', dishes: '', places: '120', special: '10', senior: '12', resident: '15', subsidy: '3' })
  const submit = useSubmit()
  const refused = useStaffOnly(false, eldercare, 'publishMenu')
  const edit = (field: keyof MenuDraft) => (value: string) => {
    setD({ ...d, [field]: value })
    submit.forget(field)
  }
  const publish = async () => {
    const outcome = await submit.run(async (requestId) => {
      const checked = toMenuInput(d)
      if (!checked.ok) throw invalidInput(checked.fields)
      await callCloud(eldercare, 'publishMenu', checked.input, { requestId })
    })
    if (outcome.ok) await toastDone('菜单已发布')
  }
  const f = submit.fields
  if (refused) return <NoPermission what='菜单发布' doing='发布菜单' who='老年日间照料服务中心的工作人员' center='eldercare' hint='菜单由老年日间照料服务中心发布。为老人订餐，请回到老年日间照料首页选择老人。' />
  return (
    <Screen>
      <View className='card list-row'>
        <TextField label='日期' value={d.day} onChange={edit('day')} error={f.day} maxLength={10} placeholder='2026-12-01' />
        <ChoiceRow label='餐次' options={[['lunch', '午餐'], ['dinner', '晚餐']]} chosen={[d.meal]} onPick={(meal) => setD({ ...d, meal })} />
        <Text className='secondary-text'>午餐当天 09:00 截止，晚餐前一天 16:00 截止</Text>
        <TextField label='菜品（每行一道，可加：含糖高 偏咸 偏硬 辛辣 含虾）' value={d.dishes} onChange={edit('dishes')} error={f.dishes} multiline />
        <TextField label='份数' value={d.places} onChange={edit('places')} error={f.places} maxLength={4} />
        <TextField label='特殊困难老人价（元）' value={d.special} onChange={edit('special')} error={f['prices.special']} maxLength={6} />
        <TextField label='其他老人价（元）' value={d.senior} onChange={edit('senior')} error={f['prices.senior']} maxLength={6} />
        <TextField label='其他居民价（元）' value={d.resident} onChange={edit('resident')} error={f['prices.resident']} maxLength={6} />
        <TextField label='每餐补贴（元）' value={d.subsidy} onChange={edit('subsidy')} error={f.subsidy} maxLength={6} />
      </View>
      {submit.problem ? <Text className='error-text'>{submit.problem}</Text> : null}
      <ActionButton className='primary-button' disabled={submit.busy} onClick={publish}>
        {submit.busy ? '正在发布…' : '发布菜单'}
      </ActionButton>
    </Screen>
  )
}
