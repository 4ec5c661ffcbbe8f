import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { ActionButton } from '../../../../components/action-button'
import { DateTimeField } from '../../../../components/datetime-field'
import { Screen } from '../../../../components/screen'
import { StateView } from '../../../../components/state-view'
import { TextField } from '../../../../components/text-field'
import { useLoad } from '../../../../hooks/use-load'
import { useSubmit } from '../../../../hooks/use-submit'
import { callCloud, newRequestId } from '../../../../services/cloud'
import { orgs } from '../../../../shared/contracts/orgs'
import { account } from '../../../../shared/contracts/account'
import { activities, type ActivityInput } from '../../../../shared/contracts/activities'
import { BRANDS, type Brand } from '../../../../shared/domain/activities'
import { CENTERS, type CenterCode } from '../../../../shared/domain/centers'
import { COMMUNITIES, type Community } from '../../../../shared/domain/communities'
import { isStaffOf } from '../../../../shared/domain/roles'

interface Draft {
  orgId: string | undefined
  center: CenterCode
  brand: Brand | null
  title: string
  description: string
  address: string
  startAt: string
  endAt: string
  signupOpensAt: string
  signupClosesAt: string
  cancelDeadline: string
  capacity: string
  companionsAllowed: number
  minAge: string
  maxAge: string
  communities: Community[]
  /** `key` keeps each question's field stable while others are added or removed */
  questions: Array<{ key: string; label: string; required: boolean }>
}

const BLANK: Draft = {
  orgId: undefined,
  center: 'culture',
  brand: null,
  title: '',
  description: '',
  address: '',
  startAt: '',
  endAt: '',
  signupOpensAt: '',
  signupClosesAt: '',
  cancelDeadline: '',
  capacity: '',
  companionsAllowed: 0,
  minAge: '',
  maxAge: '',
  communities: [],
  questions: [],
}

const numberOrNull = (text: string) => (text.trim() ? Number(text.trim()) : null)

function Chips<T extends string | number | null | undefined>({ options, value, label, onChange }: { options: T[]; value: T; label: (v: T) => string; onChange: (v: T) => void }) {
  return (
    <View className='chips'>
      {options.map((o) => (
        <ActionButton key={String(o)} className={o === value ? 'choice-button choice-button--on chips__item' : 'choice-button chips__item'} pressed={o === value} onClick={() => onChange(o)}>
          {label(o)}
        </ActionButton>
      ))}
    </View>
  )
}

/** 发布活动: an organization's staff (or a center's) fill in the activity; saved as a draft, then submitted for review. */
export default function EditorPage() {
  const { params } = useRouter()
  const editingId = params.id
  const [draft, setDraft] = useState<Draft | null>(null)
  const loaded = useLoad(async () => {
    const [me, current] = await Promise.all([callCloud(account, 'whoami', {}), editingId ? callCloud(activities, 'getActivity', { activityId: editingId }) : Promise.resolve(null)])
    const myOrgs = await Promise.all(me.roles.flatMap((r) => (r.role === 'orgStaff' ? [callCloud(orgs, 'getOrg', { orgId: r.orgId })] : [])))
    return { me, current, orgNames: new Map(myOrgs.map((o) => [o.id, o.name])) }
  }, [editingId])
  const saving = useSubmit()
  const { fields, busy } = saving

  if (loaded.error) return <Screen><StateView kind='error' text={loaded.error} onRetry={loaded.reload} /></Screen>
  if (!loaded.data) return <Screen><StateView kind='loading' /></Screen>
  const { me, current, orgNames } = loaded.data
  const orgIds = me.roles.flatMap((r) => (r.role === 'orgStaff' ? [r.orgId] : []))
  const staffCenters = CENTERS.filter((c) => isStaffOf(me.roles, c.code)).map((c) => c.code)
  const d: Draft =
    draft ??
    (current
      ? {
          orgId: current.orgId ?? undefined,
          center: current.center,
          brand: current.brand,
          title: current.title,
          description: current.description,
          address: current.address,
          startAt: current.startAt,
          endAt: current.endAt,
          signupOpensAt: current.signupOpensAt,
          signupClosesAt: current.signupClosesAt,
          cancelDeadline: current.cancelDeadline,
          capacity: String(current.capacity),
          companionsAllowed: current.companionsAllowed,
          minAge: current.minAge ? String(current.minAge) : '',
          maxAge: current.maxAge ? String(current.maxAge) : '',
          communities: current.communities as Community[],
          questions: current.questions.map((q, i) => ({ ...q, key: `saved-${i}` })),
        }
      : { ...BLANK, orgId: orgIds[0], center: orgIds[0] ? 'culture' : (staffCenters[0] ?? 'culture') })
  const set = <K extends keyof Draft>(key: K) => (value: Draft[K]) => {
    setDraft({ ...d, [key]: value })
    saving.forget(key)
  }

  const save = () => {
    const input: ActivityInput = {
      orgId: d.orgId,
      center: d.center,
      brand: d.brand,
      title: d.title,
      description: d.description,
      address: d.address,
      startAt: d.startAt,
      endAt: d.endAt,
      signupOpensAt: d.signupOpensAt,
      signupClosesAt: d.signupClosesAt,
      cancelDeadline: d.cancelDeadline,
      capacity: Number(d.capacity || Number.NaN),
      companionsAllowed: d.companionsAllowed,
      minAge: numberOrNull(d.minAge),
      maxAge: numberOrNull(d.maxAge),
      communities: d.communities,
      questions: d.questions.filter((q) => q.label.trim()).map(({ label, required }) => ({ label, required })),
    }
    return saving.run(async (requestId) => {
      const saved = current
        ? await callCloud(activities, 'updateActivity', { ...input, activityId: current.id }, { requestId })
        : await callCloud(activities, 'createActivity', input, { requestId })
      await Taro.redirectTo({ url: `/centers/culture/pages/activity/index?id=${saved.id}` })
    })
  }
  const problem = saving.problem && saving.code === 'INVALID_INPUT' ? `${saving.problem}（见各栏提示）` : saving.problem

  return (
    <Screen>
      {!current && (orgIds.length || staffCenters.length) ? (
        <>
          <Text className='section-title'>主办</Text>
          <Chips
            options={[...orgIds, ...(staffCenters.length ? [undefined] : [])] as Array<string | undefined>}
            value={d.orgId}
            label={(o) => (o ? (orgNames.get(o) ?? '本机构') : '中心自办')}
            onChange={set('orgId')}
          />
        </>
      ) : null}
      <Text className='section-title'>所属中心</Text>
      <Chips options={CENTERS.map((c) => c.code)} value={d.center} label={(c) => CENTERS.find((x) => x.code === c)?.name.replace(/（.*）/, '') ?? c} onChange={set('center')} />
      {fields.center ? <Text className='error-text'>{fields.center}</Text> : null}
      <Text className='section-title'>品牌项目</Text>
      <Chips options={[null, ...BRANDS]} value={d.brand} label={(b) => b ?? '不属于品牌项目'} onChange={set('brand')} />

      <TextField label='活动名称' value={d.title} onChange={set('title')} maxLength={40} error={fields.title} />
      <TextField label='活动介绍' value={d.description} onChange={set('description')} maxLength={2000} error={fields.description} multiline />
      <TextField label='活动地点' value={d.address} onChange={set('address')} maxLength={80} error={fields.address} />
      <DateTimeField label='开始时间' value={d.startAt} onChange={set('startAt')} error={fields.startAt} />
      <DateTimeField label='结束时间' value={d.endAt} onChange={set('endAt')} error={fields.endAt} />
      <DateTimeField label='报名开始' value={d.signupOpensAt} onChange={set('signupOpensAt')} error={fields.signupOpensAt} />
      <DateTimeField label='报名截止' value={d.signupClosesAt} onChange={set('signupClosesAt')} error={fields.signupClosesAt} />
      <DateTimeField label='取消报名截止' value={d.cancelDeadline} onChange={set('cancelDeadline')} error={fields.cancelDeadline} />
      <TextField label='名额（人）' type='tel' value={d.capacity} onChange={set('capacity')} maxLength={4} error={fields.capacity} />
      <Text className='section-title'>每人可带同行</Text>
      <Chips options={[0, 1, 2, 3, 4, 5]} value={d.companionsAllowed} label={(n) => (n ? `${n} 位` : '不可带')} onChange={set('companionsAllowed')} />
      <TextField label='最小年龄（选填）' type='tel' value={d.minAge} onChange={set('minAge')} maxLength={3} error={fields.minAge} />
      <TextField label='最大年龄（选填）' type='tel' value={d.maxAge} onChange={set('maxAge')} maxLength={3} error={fields.maxAge} />
      <Text className='section-title'>限定社区（不选即不限）</Text>
      <View className='chips'>
        {COMMUNITIES.map((c) => {
          const on = d.communities.includes(c)
          return (
            <ActionButton
              key={c}
              className={on ? 'choice-button choice-button--on chips__item' : 'choice-button chips__item'}
              pressed={on}
              onClick={() => set('communities')(on ? d.communities.filter((x) => x !== c) : [...d.communities, c])}
            >
              {c.replace('黄河西路', '')}
            </ActionButton>
          )
        })}
      </View>
      <Text className='section-title'>报名问题（最多 5 个）</Text>
      {d.questions.map((q, i) => (
        <View key={q.key} className='card'>
          <TextField
            label={`问题 ${i + 1}`}
            value={q.label}
            maxLength={40}
            error={fields[`questions.${i}.label`]}
            onChange={(v) => set('questions')(d.questions.map((x, k) => (k === i ? { ...x, label: v } : x)))}
          />
          <View className='actions'>
            <ActionButton
              className={q.required ? 'choice-button choice-button--on actions__item' : 'choice-button actions__item'}
              pressed={q.required}
              onClick={() => set('questions')(d.questions.map((x, k) => (k === i ? { ...x, required: !x.required } : x)))}
            >
              必答
            </ActionButton>
            <ActionButton className='plain-button actions__item' onClick={() => set('questions')(d.questions.filter((_x, k) => k !== i))}>
              删除问题 {i + 1}
            </ActionButton>
          </View>
        </View>
      ))}
      {d.questions.length < 5 ? (
        <ActionButton className='plain-button spaced' onClick={() => set('questions')([...d.questions, { key: newRequestId(), label: '', required: false }])}>
          添加报名问题
        </ActionButton>
      ) : null}
      {problem ? <Text className='error-text' aria-live='assertive'>{problem}</Text> : null}
      <ActionButton className='primary-button spaced' disabled={busy} onClick={save}>
        {busy ? '正在保存…' : current ? '保存修改' : '保存草稿'}
      </ActionButton>
      <Text className='secondary-text'>保存后在活动页「提交审核」，中心审核通过即发布。</Text>
    </Screen>
  )
}
