import { useCallback, useState } from 'react'
import { useLoad } from '@/hooks/use-load'
import { usePagedList } from '@/hooks/use-paged-list'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud, invalidInput } from '@/services/cloud'
import { confirmAction } from '@/services/dialog'
import { account } from '@/shared/contracts/account'
import type { OutputOf } from '@/shared/contracts/define'
import { orgs } from '@/shared/contracts/orgs'
import type { Role } from '@/shared/domain/roles'
import { type GrantDraft, grantDraftFor, problems, roleText } from './draft'

export type Person = OutputOf<typeof account, 'findUsers'>['items'][number]

/** 人员与角色管理: the search, the people found, and the organizations a role may be for. */
export function useRoles() {
  const [typed, setTyped] = useState('')
  const [keyword, setKeyword] = useState('')
  const registry = useLoad(() => callCloud(orgs, 'listOrgs', { pageSize: 50 }), [])
  const fetchPage = useCallback(
    (page: number) => (keyword ? callCloud(account, 'findUsers', { keyword, page, pageSize: 10 }) : Promise.resolve({ items: [], page, pageSize: 10, hasMore: false })),
    [keyword],
  )
  const list = usePagedList(fetchPage)
  return {
    typed,
    setTyped,
    keyword,
    search: () => setKeyword(typed.trim()),
    list,
    orgs: (registry.data?.items ?? []).map((o) => ({ id: o.id, name: o.name })),
  }
}

/** One person's roles: the grant form, and granting or revoking (revoking asks first). */
export function usePersonRoles(person: Person, orgList: Array<{ id: string }>, onChanged: () => void) {
  const [draft, setDraft] = useState<GrantDraft>(() => grantDraftFor(orgList))
  const [done, setDone] = useState<string | null>(null)
  const submit = useSubmit()

  const change = async (grant: boolean, r: Role) => {
    if (!grant) {
      if (!(await confirmAction({ title: '撤销角色', content: `确定撤销 ${person.name} 的「${roleText(r)}」角色吗？`, confirmText: '确定撤销' }))) return
    }
    setDone(null)
    const action = grant ? 'grantRole' : 'revokeRole'
    const input = { openid: person.openid, role: r }
    // one card grants and revokes several roles: a retry reuses the id only for the same change (see useSubmit)
    const { ok } = await submit.run((requestId) => {
      const fields = problems(input)
      if (Object.keys(fields).length) throw invalidInput(fields)
      return callCloud(account, action, input, { requestId })
    }, `${action}:${JSON.stringify(r)}`)
    if (!ok) return
    setDone(grant ? `已授予「${roleText(r)}」` : `已撤销「${roleText(r)}」`)
    setDraft((d) => ({ ...d, role: null }))
    onChanged()
  }

  return {
    draft,
    change: (patch: Partial<GrantDraft>) => setDraft((d) => ({ ...d, ...patch })),
    grant: (r: Role) => change(true, r),
    revoke: (r: Role) => change(false, r),
    busy: submit.busy,
    /** what the last change did, or why it failed */
    message: done ?? submit.problem,
  }
}
