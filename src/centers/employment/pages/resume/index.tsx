import { Text } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { Screen } from '@/components/screen'
import { StateView } from '@/components/state-view'
import { TextField } from '@/components/text-field'
import { ChoiceChips } from '@/components/choice-chips'
import { COMMUNITIES } from '@/shared/domain/communities'
import { GROUP_TAGS } from '@/shared/domain/employment/matching'
import { EDUCATION_LEVELS, EMPLOYMENT_TYPE_TEXT, EMPLOYMENT_TYPES } from '@/shared/domain/employment/postings'
import { toggled } from './draft'
import { useResume } from './use-resume'

/** 我的简历: what employers you apply to see, and what 为我推荐 ranks by. */
export default function ResumePage() {
  const r = useResume()
  if (r.loaded.error) return <Screen><StateView kind='error' text={r.loaded.error} onRetry={r.loaded.reload} /></Screen>
  if (!r.loaded.data) return <Screen><StateView kind='loading' /></Screen>
  const d = r.draft
  return (
    <Screen>
      <Text className='notice'>简历只给您投递过的单位（仅该岗位）和中心工作人员看。</Text>
      <TextField label='姓名' value={d.name} onChange={(name) => r.change({ name })} maxLength={20} error={r.fields.name} />
      <TextField label='手机号' type='tel' value={d.phone} onChange={(phone) => r.change({ phone })} maxLength={11} error={r.fields.phone} />
      <ChoiceChips label='学历' options={EDUCATION_LEVELS} isOn={(e) => d.education === e} onPick={(education) => r.change({ education })} error={r.fields.education} />
      <TextField label='工作经历' multiline value={d.experience} onChange={(experience) => r.change({ experience })} maxLength={500} error={r.fields.experience} placeholder='如：纺织厂挡车工 20 年' />
      <TextField label='技能（用空格或顿号分开）' value={d.skills} onChange={(skills) => r.change({ skills })} maxLength={120} error={r.fields.skills} placeholder='如：电工、驾驶' />
      <TextField label='意向岗位' value={d.desiredJob} onChange={(desiredJob) => r.change({ desiredJob })} maxLength={30} error={r.fields.desiredJob} placeholder='如：保洁 保安' />
      <ChoiceChips label='希望在哪个社区附近' options={COMMUNITIES} isOn={(c) => d.desiredCommunity === c} onPick={(c) => r.change({ desiredCommunity: d.desiredCommunity === c ? null : c })} />
      <ChoiceChips label='用工形式（可多选）' options={EMPLOYMENT_TYPES} text={(t) => EMPLOYMENT_TYPE_TEXT[t]} isOn={(t) => d.desiredTypes.includes(t)} onPick={(t) => r.change({ desiredTypes: toggled(d.desiredTypes, t) })} />
      <ChoiceChips label='我属于（用于优先推荐，可多选）' options={GROUP_TAGS} isOn={(g) => d.groupTags.includes(g)} onPick={(g) => r.change({ groupTags: toggled(d.groupTags, g) })} />
      {r.problem ? <Text className='error-text' aria-live='assertive'>{r.problem}</Text> : null}
      <ActionButton className='primary-button spaced' disabled={r.busy} onClick={r.save}>
        {r.busy ? '正在保存…' : '保存简历'}
      </ActionButton>
    </Screen>
  )
}
