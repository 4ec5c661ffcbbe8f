import { useCallback, useState } from 'react'
import { useLoad } from '@/hooks/use-load'
import { usePagedList } from '@/hooks/use-paged-list'
import { callCloud } from '@/services/cloud'
import { account } from '@/shared/contracts/account'
import { affairs, type SERVICE_CATEGORIES } from '@/shared/contracts/affairs'
import { isStaffOf } from '@/shared/domain/roles'

export type Category = (typeof SERVICE_CATEGORIES)[number]

/** 办事指南: the search as typed and as applied, the category, the services found, and whether the caller is staff. */
export function useAffairsHome() {
  const [typed, setTyped] = useState('')
  const [keyword, setKeyword] = useState('')
  const [category, setCategory] = useState<Category | undefined>()
  const fetchPage = useCallback(
    (page: number) => callCloud(affairs, 'listServices', { keyword: keyword || undefined, category, page, pageSize: 10 }),
    [keyword, category],
  )
  const list = usePagedList(fetchPage)
  const me = useLoad(() => callCloud(account, 'whoami', {}), [])
  return {
    typed,
    setTyped,
    keyword,
    search: () => setKeyword(typed.trim()),
    clear: () => {
      setTyped('')
      setKeyword('')
    },
    category,
    setCategory,
    list,
    staff: !!me.data && isStaffOf(me.data.roles, 'affairs'),
  }
}
