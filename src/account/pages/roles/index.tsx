import { ActionButton } from '@/components/action-button'
import { PagedListView } from '@/components/paged-list'
import { Screen } from '@/components/screen'
import { TextField } from '@/components/text-field'
import { PersonCard } from '@/account/components/person-card'
import { useRoles } from './use-roles'

/** 街道管理员: find a person by name or phone and give or take away their roles. */
export default function RolesPage() {
  const r = useRoles()
  return (
    <Screen>
      <TextField label='姓名或手机号' value={r.typed} onChange={r.setTyped} maxLength={20} placeholder='如：陈敏 或 138' />
      <ActionButton className='primary-button spaced' disabled={!r.typed.trim()} onClick={r.search}>
        查找
      </ActionButton>
      <PagedListView
        list={r.list}
        empty={{ text: r.keyword ? `没有找到「${r.keyword}」` : '请输入姓名或手机号查找', hint: r.keyword ? '对方需先打开小程序并填写资料' : undefined }}
        keyOf={(p) => p.openid}
      >
        {(p) => <PersonCard person={p} orgs={r.orgs} onChanged={() => void r.list.reload()} />}
      </PagedListView>
    </Screen>
  )
}
