import { Text, View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import { ActionButton } from '@/components/action-button'
import { PagedListView } from '@/components/paged-list'
import { Screen } from '@/components/screen'
import { TextField } from '@/components/text-field'
import { useLoad } from '@/hooks/use-load'
import { usePagedList } from '@/hooks/use-paged-list'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud } from '@/services/cloud'
import { account } from '@/shared/contracts/account'
import { ORG_FIELDS, ORG_KIND_TEXT, orgs } from '@/shared/contracts/orgs'
import { centerByCode } from '@/shared/domain/centers'
import { InviteButton, RegisterOrgForm } from '@/centers/culture/components/org-admin'

type Field = (typeof ORG_FIELDS)[number]

/** 社会组织: who runs the programs (政府搭台、社会力量唱戏); staff of an organization join it with an invite code. */
export default function OrgsPage() {
  const [field, setField] = useState<Field | undefined>()
  const fetchPage = useCallback((page: number) => callCloud(orgs, 'listOrgs', { field, page, pageSize: 10 }), [field])
  const list = usePagedList(fetchPage)
  const me = useLoad(() => callCloud(account, 'whoami', {}), [])
  const admin = !!me.data?.roles.some((r) => r.role === 'admin')
  const [code, setCode] = useState('')
  const [joined, setJoined] = useState<string | null>(null)
  const { busy, problem, fields, run } = useSubmit()
  const codeError = fields.code ?? problem ?? undefined

  const redeem = () =>
    run(async (requestId) => {
      const invite = await callCloud(orgs, 'redeemInvite', { code }, { requestId })
      setJoined(invite.orgName)
      setCode('')
    })

  return (
    <Screen>
      <View className='card'>
        <Text className='card__title'>加入社会组织（工作人员）</Text>
        {joined ? <Text className='notice' aria-live='polite'>已成为「{joined}」工作人员，可在活动页发布本机构活动。</Text> : null}
        <TextField label='邀请码' value={code} onChange={setCode} maxLength={8} error={codeError} placeholder='街道管理员提供的 8 位邀请码' />
        <ActionButton className='primary-button' disabled={busy || code.trim().length !== 8} onClick={redeem}>
          {busy ? '正在验证…' : '使用邀请码'}
        </ActionButton>
      </View>
      <Text className='section-title'>在册社会组织</Text>
      {admin ? <RegisterOrgForm onRegistered={() => void list.reload()} /> : null}
      <View className='chips'>
        {[undefined, ...ORG_FIELDS].map((f) => (
          <ActionButton key={f ?? 'all'} className={f === field ? 'choice-button choice-button--on chips__item' : 'choice-button chips__item'} pressed={f === field} onClick={() => setField(f)}>
            {f ?? '全部领域'}
          </ActionButton>
        ))}
      </View>
      <PagedListView list={list} empty={{ text: '该领域暂无社会组织' }} keyOf={(o) => o.id}>
        {(o) => (
          <View className='card'>
              <Text className='card__title'>{o.name}</Text>
              <Text className='secondary-text'>
                {ORG_KIND_TEXT[o.kind]} · {o.fields.join('、')} · {o.centers.map((c) => centerByCode(c)?.name.replace('服务中心', '')).join('、')}
              </Text>
              <Text style={{ display: 'block' }}>{o.intro}</Text>
              {o.servicePhone ? <Text className='secondary-text'>服务电话：{o.servicePhone}</Text> : null}
              {o.contactName ? <Text className='secondary-text'>联系人：{o.contactName} {o.contactPhone}</Text> : null}
              {admin ? <InviteButton orgId={o.id} /> : null}
            </View>
        )}
      </PagedListView>
    </Screen>
  )
}
