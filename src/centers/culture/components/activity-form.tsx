import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { DateTimeField } from '@/components/datetime-field'
import { TextField } from '@/components/text-field'
import { BRANDS } from '@/shared/domain/activities'
import { CENTERS } from '@/shared/domain/centers'
import { COMMUNITIES } from '@/shared/domain/communities'
import { type ActivityDraft, MAX_QUESTIONS, toggleCommunity } from '../pages/editor/draft'
import { ChoiceChips } from './choice-chips'

interface FormProps {
  draft: ActivityDraft
  fields: Record<string, string>
  set: <K extends keyof ActivityDraft>(key: K) => (value: ActivityDraft[K]) => void
}

/** 主办 (a new activity: which of the person's organizations, or their center itself), 所属中心 and 品牌项目. */
export function ActivityHostFields({ draft, fields, set, hosts }: FormProps & { hosts: { orgIds: string[]; centerHosted: boolean; orgNames: Map<string, string> } | null }) {
  return (
    <>
      {hosts && (hosts.orgIds.length || hosts.centerHosted) ? (
        <>
          <Text className='section-title'>主办</Text>
          <ChoiceChips
            options={[...hosts.orgIds, ...(hosts.centerHosted ? [undefined] : [])] as Array<string | undefined>}
            value={draft.orgId}
            label={(o) => (o ? (hosts.orgNames.get(o) ?? '本机构') : '中心自办')}
            onChange={set('orgId')}
          />
        </>
      ) : null}
      <Text className='section-title'>所属中心</Text>
      <ChoiceChips options={CENTERS.map((c) => c.code)} value={draft.center} label={(c) => CENTERS.find((x) => x.code === c)?.name.replace(/（.*）/, '') ?? c} onChange={set('center')} />
      {fields.center ? <Text className='error-text'>{fields.center}</Text> : null}
      <Text className='section-title'>品牌项目</Text>
      <ChoiceChips options={[null, ...BRANDS]} value={draft.brand} label={(b) => b ?? '不属于品牌项目'} onChange={set('brand')} />
    </>
  )
}

/** What, where, when, and how many places. */
export function ActivityDetailFields({ draft, fields, set }: FormProps) {
  return (
    <>
      <TextField label='活动名称' value={draft.title} onChange={set('title')} maxLength={40} error={fields.title} />
      <TextField label='活动介绍' value={draft.description} onChange={set('description')} maxLength={2000} error={fields.description} multiline />
      <TextField label='活动地点' value={draft.address} onChange={set('address')} maxLength={80} error={fields.address} />
      <DateTimeField label='开始时间' value={draft.startAt} onChange={set('startAt')} error={fields.startAt} />
      <DateTimeField label='结束时间' value={draft.endAt} onChange={set('endAt')} error={fields.endAt} />
      <DateTimeField label='报名开始' value={draft.signupOpensAt} onChange={set('signupOpensAt')} error={fields.signupOpensAt} />
      <DateTimeField label='报名截止' value={draft.signupClosesAt} onChange={set('signupClosesAt')} error={fields.signupClosesAt} />
      <DateTimeField label='取消报名截止' value={draft.cancelDeadline} onChange={set('cancelDeadline')} error={fields.cancelDeadline} />
      <TextField label='名额（人）' type='tel' value={draft.capacity} onChange={set('capacity')} maxLength={4} error={fields.capacity} />
    </>
  )
}

/** Who may come: companions per person, ages, and the communities it is limited to. */
export function ActivityAudienceFields({ draft, fields, set }: FormProps) {
  return (
    <>
      <Text className='section-title'>每人可带同行</Text>
      <ChoiceChips options={[0, 1, 2, 3, 4, 5]} value={draft.companionsAllowed} label={(n) => (n ? `${n} 位` : '不可带')} onChange={set('companionsAllowed')} />
      <TextField label='最小年龄（选填）' type='tel' value={draft.minAge} onChange={set('minAge')} maxLength={3} error={fields.minAge} />
      <TextField label='最大年龄（选填）' type='tel' value={draft.maxAge} onChange={set('maxAge')} maxLength={3} error={fields.maxAge} />
      <TextField label='志愿服务时长（小时，选填：签到即为志愿者记时）' value={draft.volunteerHours} onChange={set('volunteerHours')} maxLength={5} error={fields.volunteerHours} />
      <Text className='section-title'>限定社区（不选即不限）</Text>
      <View className='chips'>
        {COMMUNITIES.map((c) => {
          const on = draft.communities.includes(c)
          return (
            <ActionButton key={c} className={on ? 'choice-button choice-button--on chips__item' : 'choice-button chips__item'} pressed={on} onClick={() => set('communities')(toggleCommunity(draft.communities, c))}>
              {c.replace('黄河西路', '')}
            </ActionButton>
          )
        })}
      </View>
    </>
  )
}

/** 报名问题: up to five questions residents answer when signing up, each required or not. */
export function ActivityQuestionFields({ draft, fields, set, onAdd }: FormProps & { onAdd: () => void }) {
  const questions = draft.questions
  const setQuestions = set('questions')
  return (
    <>
      <Text className='section-title'>报名问题（最多 5 个）</Text>
      {questions.map((q, i) => (
        <View key={q.key} className='card'>
          <TextField
            label={`问题 ${i + 1}`}
            value={q.label}
            maxLength={40}
            error={fields[`questions.${i}.label`]}
            onChange={(v) => setQuestions(questions.map((x, k) => (k === i ? { ...x, label: v } : x)))}
          />
          <View className='actions'>
            <ActionButton
              className={q.required ? 'choice-button choice-button--on actions__item' : 'choice-button actions__item'}
              pressed={q.required}
              onClick={() => setQuestions(questions.map((x, k) => (k === i ? { ...x, required: !x.required } : x)))}
            >
              必答
            </ActionButton>
            <ActionButton className='plain-button actions__item' onClick={() => setQuestions(questions.filter((_x, k) => k !== i))}>
              删除问题 {i + 1}
            </ActionButton>
          </View>
        </View>
      ))}
      {questions.length < MAX_QUESTIONS ? (
        <ActionButton className='plain-button spaced' onClick={onAdd}>
          添加报名问题
        </ActionButton>
      ) : null}
    </>
  )
}
