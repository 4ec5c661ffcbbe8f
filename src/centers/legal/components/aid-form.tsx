import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { TextField } from '@/components/text-field'
import { MATTERS, STAGES, WHO } from '@/shared/domain/legal/eligibility'
import type { useApplyAid } from '../pages/apply/use-apply'
import { Choices } from './choices'

type F = ReturnType<typeof useApplyAid>

/** Who applies: name, ID number (sensitive: a separate consent line), phone. */
export function IdentitySection({ f }: { f: F }) {
  return (
    <View className='card'>
      <Text className='card__title'>申请人</Text>
      <TextField label='姓名' value={f.draft.name} onChange={f.set('name')} error={f.fields.name} maxLength={20} />
      <TextField label='身份证号' value={f.draft.idNumber} onChange={f.set('idNumber')} error={f.fields.idNumber} maxLength={18} placeholder='18 位，末位可为 X' />
      <Text className='secondary-text'>身份证号属于敏感个人信息，仅用于法律援助审查，只有审查人员和指派律师能看到完整号码。提交即表示您单独同意此用途。</Text>
      <TextField label='联系电话' type='tel' value={f.draft.phone} onChange={f.set('phone')} error={f.fields.phone} maxLength={11} />
    </View>
  )
}

/** The matter: the check's three answers (changeable), the case, the other party. */
export function CaseSection({ f }: { f: F }) {
  return (
    <View className='card'>
      <Choices label='人员类别' options={WHO} chosen={f.draft.who} onChoose={f.set('who')} error={f.fields.who} />
      <Choices label='事项' options={MATTERS} chosen={f.draft.matter} onChoose={f.set('matter')} error={f.fields.matter} />
      <Choices label='进展阶段' options={STAGES} chosen={f.draft.stage} onChoose={f.set('stage')} error={f.fields.stage} />
      <TextField label='案情简述' multiline value={f.draft.summary} onChange={f.set('summary')} error={f.fields.summary} maxLength={1000} placeholder='发生了什么、您的诉求' />
      <TextField label='对方姓名或单位名称' value={f.draft.opposingName} onChange={f.set('opposingName')} error={f.fields.opposingName} maxLength={50} />
      <TextField label='对方联系方式或地址（选填）' value={f.draft.opposingContact} onChange={f.set('opposingContact')} error={f.fields.opposingContact} maxLength={100} />
    </View>
  )
}

/** 经济困难声明, where the check says it applies. */
export function HardshipSection({ f }: { f: F }) {
  const askIncome = f.draft.who === 'elderly' || f.draft.who === 'disabled' || f.draft.who === 'minor'
  return (
    <View className='card'>
      {askIncome ? (
        <ActionButton className={`choice-button${f.draft.noFixedIncome ? ' choice-button--on' : ''}`} pressed={f.draft.noFixedIncome} onClick={() => f.set('noFixedIncome')(!f.draft.noFixedIncome)}>
          {f.draft.noFixedIncome ? '✓ 没有固定生活来源（免予经济困难核查）' : '没有固定生活来源（免予经济困难核查）'}
        </ActionButton>
      ) : null}
      {f.hardship ? (
        <>
          <Text className='card__title'>经济困难声明</Text>
          <TextField label='家庭人口（人）' type='tel' value={f.draft.householdSize} onChange={f.set('householdSize', 'hardship.householdSize')} error={f.fields['hardship.householdSize'] ?? f.fields.hardship} maxLength={2} />
          <TextField label='家庭月收入（元）' type='tel' value={f.draft.monthlyIncome} onChange={f.set('monthlyIncome', 'hardship.monthlyIncome')} error={f.fields['hardship.monthlyIncome']} maxLength={7} />
          <TextField label='经济困难说明' multiline value={f.draft.statement} onChange={f.set('statement', 'hardship.statement')} error={f.fields['hardship.statement']} maxLength={500} placeholder='如：失业、患病、低保等情况' />
        </>
      ) : (
        <Text className='secondary-text'>您属于免予核查经济困难状况的人员，无需填写经济困难声明。</Text>
      )}
    </View>
  )
}
