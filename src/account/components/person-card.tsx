import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { CENTERS } from '@/shared/domain/centers'
import { ROLE_LABELS } from '@/shared/domain/roles'
import { chosenRole, GRANTABLE, roleText } from '../pages/roles/draft'
import { type Person, usePersonRoles } from '../pages/roles/use-roles'

const chip = (on: boolean) => (on ? 'choice-button choice-button--on chips__item' : 'choice-button chips__item')

/** A person found: their roles (each can be revoked) and the form to grant one more. */
export function PersonCard({ person, orgs, onChanged }: { person: Person; orgs: Array<{ id: string; name: string }>; onChanged: () => void }) {
  const p = usePersonRoles(person, orgs, onChanged)
  const { role, center, orgId } = p.draft
  const chosen = chosenRole(p.draft)
  return (
    <View className='card'>
      <Text className='card__title'>{person.name}</Text>
      <Text className='secondary-text'>
        {person.community ?? '未填写社区'}
        {person.maskedPhone ? ` · ${person.maskedPhone}` : ''}
      </Text>
      <View className='chips'>
        {person.roles
          .filter((r) => r.role !== 'resident')
          .map((r) => (
            <ActionButton key={JSON.stringify(r)} className='choice-button chips__item' disabled={p.busy} onClick={() => p.revoke(r)}>
              撤销：{roleText(r)}
            </ActionButton>
          ))}
      </View>
      <Text>授予角色</Text>
      <View className='chips'>
        {GRANTABLE.map((r) => (
          <ActionButton key={r} className={chip(role === r)} pressed={role === r} onClick={() => p.change({ role: role === r ? null : r })}>
            {ROLE_LABELS[r]}
          </ActionButton>
        ))}
      </View>
      {role === 'centerStaff' ? (
        <View className='chips'>
          {CENTERS.map((c) => (
            <ActionButton key={c.code} className={chip(c.code === center)} pressed={c.code === center} onClick={() => p.change({ center: c.code })}>
              {c.name.replace(/（.*）/, '')}
            </ActionButton>
          ))}
        </View>
      ) : null}
      {role === 'orgStaff' ? (
        <View className='chips'>
          {orgs.map((o) => (
            <ActionButton key={o.id} className={chip(o.id === orgId)} pressed={o.id === orgId} onClick={() => p.change({ orgId: o.id })}>
              {o.name}
            </ActionButton>
          ))}
        </View>
      ) : null}
      {p.message ? <Text className='notice' aria-live='polite'>{p.message}</Text> : null}
      {chosen ? (
        <ActionButton className='primary-button' disabled={p.busy} onClick={() => p.grant(chosen)}>
          授予「{roleText(chosen)}」
        </ActionButton>
      ) : null}
    </View>
  )
}
