import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { TextField } from '@/components/text-field'
import type { Submit } from '@/hooks/use-submit'
import type { LinkDraft } from '../pages/index/draft'

/** 关联老人: the senior's name and the phone the center has for them; the senior or staff confirm. */
export function LinkForm({ link, edit, submit, onSend }: { link: LinkDraft; edit: (f: keyof LinkDraft) => (v: string) => void; submit: Submit; onSend: () => void }) {
  return (
    <View className='card list-row'>
      <Text className='section-title'>关联家里的老人</Text>
      <Text className='secondary-text'>填写老人的姓名和在中心登记的手机号，老人本人或中心工作人员确认后，您就可以为老人订餐。</Text>
      <TextField label='老人姓名' value={link.name} onChange={edit('name')} error={submit.fields.name} maxLength={20} />
      <TextField label='老人手机号' type='tel' value={link.phone} onChange={edit('phone')} error={submit.fields.phone} maxLength={13} />
      <TextField label='您是老人的' value={link.relation} onChange={edit('relation')} error={submit.fields.relation} maxLength={10} placeholder='如：女儿、儿子' />
      {submit.problem ? <Text className='error-text'>{submit.problem}</Text> : null}
      <ActionButton className='primary-button' disabled={submit.busy} onClick={onSend}>
        {submit.busy ? '正在提交…' : '申请关联'}
      </ActionButton>
    </View>
  )
}
