import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ActionButton } from '@/components/action-button'
import { TextField } from '@/components/text-field'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud } from '@/services/cloud'
import { ORG_FIELDS, ORG_KIND_TEXT, ORG_KINDS, orgs } from '@/shared/contracts/orgs'
import { CENTERS, type CenterCode } from '@/shared/domain/centers'
import { formatForPeople } from '@/shared/time'

type Field = (typeof ORG_FIELDS)[number]
type Kind = (typeof ORG_KINDS)[number]

function toggle<T>(list: T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item]
}

/** 街道管理员: registers an organization (登记 or 备案) in the platform's registry. */
export function RegisterOrgForm({ onRegistered }: { onRegistered: () => void }) {
  const [open, setOpen] = useState(false)
  const [name, setName] = useState('')
  const [kind, setKind] = useState<Kind>('registered')
  const [fields, setFields] = useState<Field[]>([])
  const [centers, setCenters] = useState<CenterCode[]>(['culture'])
  const [contactName, setContactName] = useState('')
  const [contactPhone, setContactPhone] = useState('')
  const [servicePhone, setServicePhone] = useState('')
  const [intro, setIntro] = useState('')
  const submit = useSubmit()
  const { busy, problem, fields: errors } = submit

  if (!open) {
    return (
      <ActionButton className='plain-button spaced' onClick={() => setOpen(true)}>
        登记社会组织（管理员）
      </ActionButton>
    )
  }
  const register = async () => {
    // a retry after a lost reply keeps its id even if the form was touched meanwhile: if the first try went
    // through, the registry shows that organization instead of a second one
    const input = { name, kind, fields, centers, contactName, contactPhone, servicePhone, intro }
    const { ok } = await submit.run((requestId) => callCloud(orgs, 'createOrg', input, { requestId }))
    if (!ok) return
    setOpen(false)
    onRegistered()
  }
  const chip = (on: boolean) => (on ? 'choice-button choice-button--on chips__item' : 'choice-button chips__item')
  return (
    <View className='card'>
      <Text className='card__title'>登记社会组织</Text>
      <TextField label='机构名称' value={name} onChange={setName} maxLength={40} error={errors.name} />
      <Text>登记类型</Text>
      <View className='chips'>
        {ORG_KINDS.map((k) => (
          <ActionButton key={k} className={chip(k === kind)} pressed={k === kind} onClick={() => setKind(k)}>
            {ORG_KIND_TEXT[k]}
          </ActionButton>
        ))}
      </View>
      <Text>服务领域</Text>
      <View className='chips'>
        {ORG_FIELDS.map((f) => (
          <ActionButton key={f} className={chip(fields.includes(f))} pressed={fields.includes(f)} onClick={() => setFields(toggle(fields, f))}>
            {f}
          </ActionButton>
        ))}
      </View>
      {errors.fields ? <Text className='error-text'>{errors.fields}</Text> : null}
      <Text>合作中心</Text>
      <View className='chips'>
        {CENTERS.map((c) => (
          <ActionButton key={c.code} className={chip(centers.includes(c.code))} pressed={centers.includes(c.code)} onClick={() => setCenters(toggle(centers, c.code))}>
            {c.name.replace(/（.*）/, '')}
          </ActionButton>
        ))}
      </View>
      {errors.centers ? <Text className='error-text'>{errors.centers}</Text> : null}
      <TextField label='联系人' value={contactName} onChange={setContactName} maxLength={20} error={errors.contactName} />
      <TextField label='联系电话' type='tel' value={contactPhone} onChange={setContactPhone} maxLength={11} error={errors.contactPhone} />
      <TextField label='对外服务电话（选填，向居民公开）' type='tel' value={servicePhone} onChange={setServicePhone} maxLength={20} error={errors.servicePhone} placeholder='如 0471-6912345' />
      <TextField label='机构简介' value={intro} onChange={setIntro} maxLength={500} error={errors.intro} multiline />
      {problem ? <Text className='error-text' aria-live='assertive'>{problem}</Text> : null}
      <ActionButton className='primary-button' disabled={busy} onClick={register}>
        {busy ? '正在登记…' : '确认登记'}
      </ActionButton>
    </View>
  )
}

/** 街道管理员: a one-time code for a new staff member of the organization, valid 7 days. */
export function InviteButton({ orgId }: { orgId: string }) {
  const [invite, setInvite] = useState<{ code: string; expiresAt: string } | null>(null)
  const { busy, problem, run } = useSubmit()
  const create = () => run(async (requestId) => setInvite(await callCloud(orgs, 'createInvite', { orgId }, { requestId })))
  return (
    <View>
      {invite ? (
        <Text className='notice' aria-live='polite'>
          邀请码 {invite.code}（{formatForPeople(invite.expiresAt, false)}前有效，仅可使用一次）
        </Text>
      ) : null}
      {problem ? <Text className='error-text'>{problem}</Text> : null}
      <ActionButton className='plain-button spaced' disabled={busy} onClick={create}>
        生成工作人员邀请码
      </ActionButton>
    </View>
  )
}
