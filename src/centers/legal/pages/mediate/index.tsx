import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { Screen } from '@/components/screen'
import { TextField } from '@/components/text-field'
import { Choices } from '@/centers/legal/components/choices'
import { useMediate } from './use-mediate'

/** 申请调解, or answer an invitation to one with the code the other party gave. Mediation is voluntary. */
export default function MediatePage() {
  const h = useMediate()
  const mediatorOptions: Record<string, string> = { center: '由中心安排', ...Object.fromEntries((h.mediators.data ?? []).map((m) => [m.id, `${m.name}（${m.intro}）`])) }
  return (
    <Screen>
      <View className='notice'>
        <Text>人民调解自愿、免费。对方同意后才开始调解；调解不成，可以转行政调解、司法调解，案号和记录不变。</Text>
      </View>
      <View className='card'>
        <Text className='card__title'>我收到了调解邀请</Text>
        <TextField label='邀请码（6 位）' value={h.code} onChange={h.setCode} error={h.fields.code} maxLength={6} />
        <TextField label='不同意的理由（不同意时填写）' value={h.refuseReason} onChange={h.setRefuseReason} error={h.fields.reason} maxLength={200} />
        <View className='entries'>
          <ActionButton className='primary-button entries__item' disabled={h.busy || !h.code} onClick={() => h.respond(true)}>同意调解</ActionButton>
          <ActionButton className='plain-button entries__item' disabled={h.busy || !h.code} onClick={() => h.respond(false)}>不同意</ActionButton>
        </View>
      </View>
      <View className='card'>
        <Text className='card__title'>申请调解</Text>
        <TextField label='纠纷情况' multiline value={h.dispute} onChange={h.setDispute} error={h.fields.dispute} maxLength={1000} placeholder='发生了什么、您希望怎样解决' />
        <TextField label='对方姓名' value={h.otherName} onChange={h.setOtherName} error={h.fields.otherName} maxLength={20} />
        <TextField label='对方手机号' type='tel' value={h.otherPhone} onChange={h.setOtherPhone} error={h.fields.otherPhone} maxLength={11} />
        <Choices column label='调解员' options={mediatorOptions} chosen={h.mediatorId} onChoose={h.setMediatorId} error={h.fields.mediatorId} />
        <Choices label='是否公开调解' options={{ private: '不公开', public: '公开' }} chosen={h.isPublic ? 'public' : 'private'} onChoose={(v) => h.setPublic(v === 'public')} />
        <ActionButton className='primary-button' disabled={h.busy} onClick={h.apply}>提交调解申请</ActionButton>
      </View>
      {h.problem ? <Text className='error-text' aria-live='assertive'>{h.problem}</Text> : null}
    </Screen>
  )
}
