import { Text, View } from '@tarojs/components'
import { TextField } from '@/components/text-field'
import type { Submit } from '@/hooks/use-submit'
import { COMMUNITIES } from '@/shared/domain/communities'
import { SUBSIDY_LABEL, type SubsidyCategory } from '@/shared/domain/eldercare/meals'
import { LIVING_LABEL, MOBILITY_LABEL } from '@/shared/domain/eldercare/seniors'
import { ActionButton } from '@/components/action-button'
import { addContact, type ContactDraft, MAX_CONTACTS, removeContact, type SeniorDraft, withContact, withIdNumber } from '../pages/senior/draft'
import { ChoiceRow } from './choice-row'

type Edit = <K extends keyof SeniorDraft>(field: K, value: SeniorDraft[K]) => void
const pairs = <T extends string>(table: Record<T, string>) => Object.entries(table) as Array<[T, string]>

/** Who the senior is and where they live. */
export function SeniorBasics({ d, edit, set, submit }: { d: SeniorDraft; edit: Edit; set: (d: SeniorDraft) => void; submit: Submit }) {
  const f = submit.fields
  return (
    <View className='card list-row'>
      <TextField label='姓名' value={d.name} onChange={(v) => edit('name', v)} error={f.name} maxLength={20} />
      <TextField label='身份证号（仅家属和中心可见）' value={d.idNumber} onChange={(v) => set(withIdNumber(d, v))} error={f.idNumber} maxLength={18} />
      <ChoiceRow label='性别' options={[['female', '女'], ['male', '男']]} chosen={[d.gender]} onPick={(v) => edit('gender', v)} />
      <TextField label='出生日期' value={d.birthDate} onChange={(v) => edit('birthDate', v)} error={f.birthDate} maxLength={10} placeholder='如 1948-03-12' />
      <Text className='field-label'>社区</Text>
      <ChoiceRow label='社区' options={COMMUNITIES.map((c) => [c, c.replace('黄河西路', '')] as [typeof c, string])} chosen={d.community ? [d.community] : []} onPick={(v) => edit('community', v)} />
      {f.community ? <Text className='error-text'>{f.community}</Text> : null}
      <TextField label='楼栋' value={d.building} onChange={(v) => edit('building', v)} error={f.building} maxLength={10} placeholder='如 5号楼' />
      <TextField label='单元' value={d.unit} onChange={(v) => edit('unit', v)} error={f.unit} maxLength={10} />
      <TextField label='房间号' value={d.room} onChange={(v) => edit('room', v)} error={f.room} maxLength={10} />
      <TextField label='老人手机号' type='tel' value={d.phone} onChange={(v) => edit('phone', v)} error={f.phone} maxLength={11} />
    </View>
  )
}

/** How the senior lives, eats and is subsidised; health notes are sensitive. */
export function SeniorCare({ d, edit, submit }: { d: SeniorDraft; edit: Edit; submit: Submit }) {
  const needs: Array<['diabetic' | 'lowSalt' | 'softFood', string]> = [['diabetic', '糖尿病'], ['lowSalt', '低盐'], ['softFood', '软食']]
  return (
    <View className='card list-row'>
      <Text className='field-label'>居住情况</Text>
      <ChoiceRow label='居住情况' options={pairs(LIVING_LABEL)} chosen={[d.living]} onPick={(v) => edit('living', v)} />
      <Text className='field-label'>行动能力</Text>
      <ChoiceRow label='行动能力' options={pairs(MOBILITY_LABEL)} chosen={[d.mobility]} onPick={(v) => edit('mobility', v)} />
      <Text className='field-label'>饮食需要</Text>
      <ChoiceRow label='饮食需要' options={needs} chosen={needs.filter(([k]) => d[k]).map(([k]) => k)} onPick={(k) => edit(k, !d[k])} />
      <TextField label='过敏（如 虾、花生）' value={d.allergies} onChange={(v) => edit('allergies', v)} error={submit.fields['diet.allergies']} maxLength={50} />
      <Text className='field-label'>补贴类别</Text>
      <ChoiceRow label='补贴类别' options={pairs(SUBSIDY_LABEL) as Array<[SubsidyCategory, string]>} chosen={[d.subsidy]} onPick={(v) => edit('subsidy', v)} />
      <TextField label='健康备注（仅家属和中心可见）' value={d.healthNotes} onChange={(v) => edit('healthNotes', v)} error={submit.fields.healthNotes} maxLength={200} multiline />
    </View>
  )
}

/** 紧急联系人: up to three, each named, with a mobile and how they are related; a row may be removed. */
export function SeniorContacts({ d, set, submit }: { d: SeniorDraft; set: (d: SeniorDraft) => void; submit: Submit }) {
  const f = submit.fields
  const change = (i: number, field: keyof ContactDraft) => (value: string) => {
    set(withContact(d, i, field, value))
    submit.forget(`contacts.${i}.${field}`)
  }
  return (
    <View className='card list-row'>
      <Text className='section-title'>紧急联系人</Text>
      {d.contacts.length ? null : <Text className='secondary-text'>还没有紧急联系人：出现意外时，中心会先联系他们</Text>}
      {d.contacts.map((c, i) => (
        // rows have no identity of their own: the position is what the person sees ("联系人 2")
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <View key={i} className='list-row' aria-label={`紧急联系人 ${i + 1}`}>
          <TextField label={`联系人 ${i + 1} 姓名`} value={c.name} onChange={change(i, 'name')} error={f[`contacts.${i}.name`]} maxLength={20} />
          <TextField label={`联系人 ${i + 1} 手机号`} type='tel' value={c.phone} onChange={change(i, 'phone')} error={f[`contacts.${i}.phone`]} maxLength={13} />
          <TextField label={`联系人 ${i + 1} 关系`} value={c.relation} onChange={change(i, 'relation')} error={f[`contacts.${i}.relation`]} maxLength={10} placeholder='如：女儿、邻居' />
          <ActionButton className='plain-button' label={`删除联系人 ${i + 1}`} onClick={() => set(removeContact(d, i))}>
            删除这位联系人
          </ActionButton>
        </View>
      ))}
      {f.contacts ? <Text className='error-text'>{f.contacts}</Text> : null}
      {d.contacts.length < MAX_CONTACTS ? (
        <ActionButton className='plain-button' onClick={() => set(addContact(d))}>
          添加紧急联系人
        </ActionButton>
      ) : (
        <Text className='secondary-text'>最多 {MAX_CONTACTS} 位紧急联系人</Text>
      )}
    </View>
  )
}
