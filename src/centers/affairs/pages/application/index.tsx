import { Image, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { ActionButton } from '../../../../components/action-button'
import { Screen } from '../../../../components/screen'
import { StateView } from '../../../../components/state-view'
import { TextField } from '../../../../components/text-field'
import { useLoad } from '../../../../hooks/use-load'
import { useSubmit } from '../../../../hooks/use-submit'
import { callCloud } from '../../../../services/cloud'
import { affairs } from '../../../../shared/contracts/affairs'
import { account } from '../../../../shared/contracts/account'
import { DECISION_TEXT, REVIEW_DECISIONS, type ReviewDecision, needsReason, review } from '../../../../shared/domain/affairs/applications'
import { isStaffOf } from '../../../../shared/domain/roles'
import { formatForPeople } from '../../../../shared/time'

/** 申请详情: status, every step with who acted and why; the resident resubmits a returned one, staff decide. */
export default function ApplicationPage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const loaded = useLoad(async () => {
    const [app, me] = await Promise.all([callCloud(affairs, 'getApplication', { applicationId: id }), callCloud(account, 'whoami', {})])
    return { app, me }
  }, [id])
  const [decision, setDecision] = useState<ReviewDecision | null>(null)
  const [reason, setReason] = useState('')
  const [missing, setMissing] = useState('')
  const deciding = useSubmit()
  const { fields, problem, busy } = deciding

  if (loaded.error) return <Screen><StateView kind='error' text={loaded.error} onRetry={loaded.reload} /></Screen>
  if (!loaded.data) return <Screen><StateView kind='loading' /></Screen>
  const { app, me } = loaded.data
  const staff = isStaffOf(me.roles, 'affairs')
  const possible = REVIEW_DECISIONS.filter((d) => review(app.status, d, app.handledAt).ok)

  const decide = () =>
    deciding.run(async (requestId) => {
      if (!decision) return
      const missingList = missing.split(/[,，、;；\n]/).map((m) => m.trim()).filter(Boolean)
      const next = await callCloud(affairs, 'reviewApplication', { applicationId: app.id, decision, reason: reason.trim() || undefined, missing: missingList }, { requestId })
      loaded.set({ app: next, me })
      setDecision(null)
      setReason('')
      setMissing('')
    })

  return (
    <Screen>
      <View className='card'>
        <Text className='card__title'>{app.serviceName}</Text>
        <Text className='status-text'>状态：{app.statusText}</Text>
        <Text className='secondary-text' style={{ display: 'block' }}>
          申请人 {app.applicantName} · {app.stationName} · 已 {app.daysOpen} 天{app.onBehalf ? ' · 工作人员代办' : ''}
        </Text>
      </View>
      {app.status === 'returned' && app.missing.length ? (
        <View className='notice'>
          <Text>需补充的材料：{app.missing.join('、')}</Text>
        </View>
      ) : null}

      <View className='card'>
        <Text className='card__title'>申请内容</Text>
        {app.fields.map((f) => (
          <Text key={f.label} style={{ display: 'block' }}>
            {f.label}：{f.value}
          </Text>
        ))}
        {app.note ? <Text style={{ display: 'block' }}>备注：{app.note}</Text> : null}
        <Text className='secondary-text' style={{ display: 'block' }}>
          材料照片 {app.materialUrls.length} 张
        </Text>
        <View className='grid'>
          {app.materialUrls.map((url, i) => (
            <Image key={url} className='photo' src={url} mode='aspectFill' aria-label={`材料照片第 ${i + 1} 张`} />
          ))}
        </View>
      </View>

      <Text className='section-title'>办理进度</Text>
      <View className='card'>
        {app.timeline.map((t) => (
          <View key={`${t.at}-${t.text}`} className='timeline__entry'>
            <Text className='list-row__title'>{t.text}</Text>
            <Text className='secondary-text'>
              {formatForPeople(t.at)} · {t.by}
            </Text>
            {t.reason ? <Text>理由：{t.reason}</Text> : null}
            {t.missing.length ? <Text>缺少：{t.missing.join('、')}</Text> : null}
          </View>
        ))}
      </View>

      {app.status === 'returned' && !staff ? (
        <ActionButton
          className='primary-button'
          onClick={() => Taro.navigateTo({ url: `/centers/affairs/pages/apply/index?serviceId=${app.serviceId}&applicationId=${app.id}` })}
        >
          补正材料后重新提交
        </ActionButton>
      ) : null}

      {staff && possible.length ? (
        <View className='card'>
          <Text className='card__title'>处理意见（工作人员）</Text>
          <View className='chips'>
            {possible.map((d) => (
              <ActionButton
                key={d}
                className={d === decision ? 'choice-button choice-button--on chips__item' : 'choice-button chips__item'}
                pressed={d === decision}
                onClick={() => setDecision(d)}
              >
                {DECISION_TEXT[d]}
              </ActionButton>
            ))}
          </View>
          {decision && needsReason(decision) ? (
            <TextField label='理由（将告知申请人）' value={reason} onChange={setReason} maxLength={200} error={fields.reason} />
          ) : null}
          {decision === 'return' ? (
            <TextField label='缺少的材料（用顿号分隔）' value={missing} onChange={setMissing} maxLength={200} error={fields.missing} placeholder='如：户口簿复印件、诊断证明' />
          ) : null}
          {problem ? <Text className='error-text' aria-live='assertive'>{problem}</Text> : null}
          <ActionButton className='primary-button' disabled={!decision || busy} onClick={decide}>
            {busy ? '正在提交…' : decision ? `确认：${DECISION_TEXT[decision]}` : '请选择处理意见'}
          </ActionButton>
        </View>
      ) : null}
    </Screen>
  )
}
