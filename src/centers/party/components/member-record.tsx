import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ChoiceChips } from '@/components/choice-chips'
import { ActionButton } from '@/components/action-button'
import { TextField } from '@/components/text-field'
import type { MemberRecord } from '@/shared/contracts/party-members'
import { COMMUNITIES } from '@/shared/domain/communities'
import type { useMember as UseMember } from '../pages/member/use-member'

type M = ReturnType<typeof UseMember>

/** 党员报到: the registration form (again after a refusal, with what was typed). */
export function RegisterForm({ m }: { m: M }) {
  const d = m.draft
  return (
    <>
      <Text className='notice'>党员信息只有您本人和街道党建指导中心工作人员能看到。</Text>
      <TextField label='姓名' value={d.name} onChange={(name) => m.change({ name })} maxLength={20} error={m.fields.name} />
      <TextField label='手机号' type='tel' value={d.phone} onChange={(phone) => m.change({ phone })} maxLength={11} error={m.fields.phone} />
      <TextField label='所在党支部' value={d.branch} onChange={(branch) => m.change({ branch })} maxLength={40} error={m.fields.branch} placeholder='如：包钢集团机关第三党支部' />
      <TextField label='工作单位（在职党员填写）' value={d.workplace} onChange={(workplace) => m.change({ workplace })} maxLength={40} error={m.fields.workplace} />
      <ChoiceChips label='是否流动党员' options={['否', '是'] as const} isOn={(o) => (o === '是') === d.floating} onPick={(o) => m.change({ floating: o === '是' })} />
      {d.floating ? <TextField label='组织关系所在地' value={d.keptAt} onChange={(keptAt) => m.change({ keptAt })} maxLength={60} error={m.fields.keptAt} placeholder='如：鄂尔多斯市东胜区某社区党委' /> : null}
      <ChoiceChips label='居住社区' options={COMMUNITIES} isOn={(c) => d.community === c} onPick={(community) => m.change({ community })} error={m.fields.community} />
      <Text className='secondary-text notice-promise'>提交时会请您允许「党建服务进度通知」：党建中心确认后，微信会通知您。</Text>
      {m.problem ? <Text className='error-text' aria-live='assertive'>{m.problem}</Text> : null}
      <ActionButton className='primary-button spaced' disabled={m.busy} onClick={m.register}>
        {m.busy ? '正在提交…' : '提交党员报到'}
      </ActionButton>
    </>
  )
}

/** 我的党员档案: the record, 双报到, the posts served, study days and wishes. */
export function MemberRecordView({ r, m }: { r: MemberRecord; m: M }) {
  return (
    <>
      <View className='card lines'>
        <Text className='card__title'>{r.name}</Text>
        <Text className='status-text'>{r.statusText}</Text>
        <Text className='secondary-text'>
          {r.branch}
          {r.floating ? `（流动党员，组织关系在${r.keptAt}）` : ''}
        </Text>
        <Text className='secondary-text'>累计服务 {r.hoursServed} 小时</Text>
      </View>
      {r.status === 'confirmed' ? (
        <View className='card lines'>
          <Text className='card__title'>在职党员双报到</Text>
          <ChoiceChips label='到居住的社区报到' options={COMMUNITIES} isOn={(c) => m.reportTo === c} onPick={m.setReportTo} />
          {m.problem ? <Text className='error-text' aria-live='assertive'>{m.problem}</Text> : null}
          <ActionButton className='primary-button spaced' disabled={m.busy || !m.reportTo || m.reportTo === r.reportedCommunity} disabledReason={m.reportTo === r.reportedCommunity ? '您已在该社区报到' : !m.reportTo ? '请先选择社区' : undefined} onClick={m.report}>
            {r.reportedCommunity ? '改到所选社区报到' : '到所选社区报到'}
          </ActionButton>
          {r.reportedCommunity ? (
            <ActionButton className='plain-button spaced' onClick={() => Taro.navigateTo({ url: '/centers/party/pages/posts/index' })}>
              认领{r.reportedCommunity}的服务岗位
            </ActionButton>
          ) : null}
        </View>
      ) : null}
      <Text className='section-title'>服务岗位</Text>
      {r.posts.length ? r.posts.map((p) => (
        <View key={`${p.title}${p.whenText}`} className='list-row'>
          <Text className='list-row__title'>{p.title}</Text>
          <Text className='secondary-text'>{p.whenText} · {p.place}</Text>
          <Text className='status-text'>{p.statusText}{p.hours ? ` ${p.hours} 小时` : ''}</Text>
        </View>
      )) : <Text className='secondary-text'>还没有认领服务岗位</Text>}
      <Text className='section-title'>三会一课 · 主题党日</Text>
      {r.studies.length ? r.studies.map((s) => (
        <View key={`${s.title}${s.whenText}`} className='list-row'>
          <Text className='list-row__title'>{s.title}</Text>
          <Text className='secondary-text'>{s.whenText}</Text>
          <Text className='status-text'>{s.attended ? '已参加' : '已报名，未签到'}</Text>
        </View>
      )) : <Text className='secondary-text'>还没有参加学习活动</Text>}
      <Text className='section-title'>微心愿</Text>
      {r.wishes.length ? r.wishes.map((w) => (
        <View key={`${w.title}${w.who}`} className='list-row'>
          <Text className='list-row__title'>{w.title}</Text>
          <Text className='secondary-text'>{w.who}</Text>
          <Text className='status-text'>{w.statusText}</Text>
        </View>
      )) : <Text className='secondary-text'>还没有认领微心愿</Text>}
    </>
  )
}

