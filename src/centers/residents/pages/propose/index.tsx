import { Text } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { Screen } from '@/components/screen'
import { TextField } from '@/components/text-field'
import { COMMUNITIES } from '@/shared/domain/communities'
import { DELIBERATION_RULES } from '@/shared/domain/voice/deliberation'
import { Choices } from '../../components/choices'
import { Pieces } from '../../components/pieces'
import { usePropose } from './use-propose'

/** 提出议题: what, why, and for whom (my community or my building). */
export default function ProposePage() {
  const h = usePropose()
  const d = h.draft
  // a resident proposes in their verified community or building; the council (staff) names where
  const unverified = !h.council && !!h.badge && !h.badge.verified
  return (
    <Screen>
      <TextField label='议题' value={d.title} onChange={(title) => h.change({ title })} error={h.fields.title} maxLength={40} placeholder='例如：3号楼加装电动车充电桩' />
      <TextField label='议题说明' multiline value={d.body} onChange={(body) => h.change({ body })} error={h.fields.body} maxLength={1000} placeholder='为什么提、想怎么办' />
      <Choices label='范围' options={{ community: '本社区', building: '本楼栋' }} chosen={d.scope} onChoose={(scope) => h.change({ scope })} error={h.fields.scope} />
      {h.council ? (
        <>
          <Choices label='议事会提出：哪个社区' options={COMMUNITIES} chosen={d.community} onChoose={(community) => h.change({ community })} error={h.fields.community} />
          {d.scope === 'building' ? <TextField label='楼栋（如 3号楼）' value={d.building} onChange={(building) => h.change({ building })} error={h.fields.building} maxLength={8} /> : null}
        </>
      ) : (
        <Text className='secondary-text'>{h.badge?.verified ? `将在 ${h.badge.community}${d.scope === 'building' ? ` ${h.badge.building ?? ''}` : ''} 征求意见。` : '地址经社区认证后才能提出议题，请先在「居民议事」页申请地址认证。'}</Text>
      )}
      <Text className='secondary-text'>
        <Pieces
          separator=''
          parts={[`征求意见 ${DELIBERATION_RULES.gatherDays} 天；`, `社区议题 ${DELIBERATION_RULES.communityThreshold} 人、`, `楼栋议题 ${DELIBERATION_RULES.buildingThreshold} 人支持后`, '提交议事会协商。', '每一步都会通知您。']}
        />
      </Text>
      {h.problem ? <Text className='error-text' aria-live='assertive'>{h.problem}</Text> : null}
      <ActionButton className='primary-button spaced' disabled={h.busy || unverified} disabledReason={unverified ? '地址认证通过后才能提出议题' : undefined} onClick={() => void h.submit()}>
        {h.busy ? '正在提交…' : '提出议题'}
      </ActionButton>
    </Screen>
  )
}
