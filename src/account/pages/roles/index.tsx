import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useCallback, useState } from 'react'
import { ActionButton } from '../../../components/action-button'
import { PagedListView } from '../../../components/paged-list'
import { Screen } from '../../../components/screen'
import { TextField } from '../../../components/text-field'
import { useLoad } from '../../../hooks/use-load'
import { usePagedList } from '../../../hooks/use-paged-list'
import { useSubmit } from '../../../hooks/use-submit'
import { callCloud } from '../../../services/cloud'
import { orgs } from '../../../shared/contracts/orgs'
import { account } from '../../../shared/contracts/account'
import type { OutputOf } from '../../../shared/contracts/define'
import { CENTERS, type CenterCode, centerByCode } from '../../../shared/domain/centers'
import { describeRole, ROLE_LABELS, type Role, type RoleName } from '../../../shared/domain/roles'

type Person = OutputOf<typeof account, 'findUsers'>['items'][number]
const GRANTABLE: RoleName[] = ['centerStaff', 'orgStaff', 'family', 'lawyer', 'mediator', 'gridWorker', 'employer', 'admin']
const chip = (on: boolean) => (on ? 'choice-button choice-button--on chips__item' : 'choice-button chips__item')
const roleText = (r: Role) => describeRole(r, (c) => centerByCode(c)?.name ?? c)

function PersonCard({ person, orgs, onChanged }: { person: Person; orgs: Array<{ id: string; name: string }>; onChanged: () => void }) {
  const [role, setRole] = useState<RoleName | null>(null)
  const [center, setCenter] = useState<CenterCode>('affairs')
  const [orgId, setOrgId] = useState<string | null>(orgs[0]?.id ?? null)
  const [done, setDone] = useState<string | null>(null)
  const submit = useSubmit()
  const busy = submit.busy
  const message = done ?? submit.problem
  const chosen: Role | null =
    role === 'centerStaff' ? { role, center } : role === 'orgStaff' ? (orgId ? { role, orgId } : null) : role ? ({ role } as Role) : null

  const change = async (grant: boolean, r: Role) => {
    if (!grant) {
      const { confirm } = await Taro.showModal({ title: '撤销角色', content: `确定撤销 ${person.name} 的「${roleText(r)}」角色吗？`, confirmText: '确定撤销', cancelText: '再想想' })
      if (!confirm) return
    }
    setDone(null)
    const action = grant ? 'grantRole' : 'revokeRole'
    // one card grants and revokes several roles: a retry reuses the id only for the same change (see useSubmit)
    const { ok } = await submit.run((requestId) => callCloud(account, action, { openid: person.openid, role: r }, { requestId }), `${action}:${JSON.stringify(r)}`)
    if (!ok) return
    setDone(grant ? `已授予「${roleText(r)}」` : `已撤销「${roleText(r)}」`)
    setRole(null)
    onChanged()
  }

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
            <ActionButton key={JSON.stringify(r)} className='choice-button chips__item' disabled={busy} onClick={() => change(false, r)}>
              撤销：{roleText(r)}
            </ActionButton>
          ))}
      </View>
      <Text>授予角色</Text>
      <View className='chips'>
        {GRANTABLE.map((r) => (
          <ActionButton key={r} className={chip(role === r)} pressed={role === r} onClick={() => setRole(role === r ? null : r)}>
            {ROLE_LABELS[r]}
          </ActionButton>
        ))}
      </View>
      {role === 'centerStaff' ? (
        <View className='chips'>
          {CENTERS.map((c) => (
            <ActionButton key={c.code} className={chip(c.code === center)} pressed={c.code === center} onClick={() => setCenter(c.code)}>
              {c.name.replace(/（.*）/, '')}
            </ActionButton>
          ))}
        </View>
      ) : null}
      {role === 'orgStaff' ? (
        <View className='chips'>
          {orgs.map((o) => (
            <ActionButton key={o.id} className={chip(o.id === orgId)} pressed={o.id === orgId} onClick={() => setOrgId(o.id)}>
              {o.name}
            </ActionButton>
          ))}
        </View>
      ) : null}
      {message ? <Text className='notice' aria-live='polite'>{message}</Text> : null}
      {chosen ? (
        <ActionButton className='primary-button' disabled={busy} onClick={() => change(true, chosen)}>
          授予「{roleText(chosen)}」
        </ActionButton>
      ) : null}
    </View>
  )
}

/** 街道管理员: find a person by name or phone and give or take away their roles. */
export default function RolesPage() {
  const [typed, setTyped] = useState('')
  const [keyword, setKeyword] = useState('')
  const registry = useLoad(() => callCloud(orgs, 'listOrgs', { pageSize: 50 }), [])
  const fetchPage = useCallback(
    (page: number) => (keyword ? callCloud(account, 'findUsers', { keyword, page, pageSize: 10 }) : Promise.resolve({ items: [], page, pageSize: 10, hasMore: false })),
    [keyword],
  )
  const list = usePagedList(fetchPage)
  return (
    <Screen>
      <TextField label='姓名或手机号' value={typed} onChange={setTyped} maxLength={20} placeholder='如：陈敏 或 138' />
      <ActionButton className='primary-button spaced' disabled={!typed.trim()} onClick={() => setKeyword(typed.trim())}>
        查找
      </ActionButton>
      <PagedListView list={list} empty={{ text: keyword ? `没有找到「${keyword}」` : '请输入姓名或手机号查找', hint: keyword ? '对方需先打开小程序并填写资料' : undefined }} keyOf={(p) => p.openid}>
        {(p) => <PersonCard person={p} orgs={(registry.data?.items ?? []).map((o) => ({ id: o.id, name: o.name }))} onChanged={() => void list.reload()} />}
      </PagedListView>
    </Screen>
  )
}
