import { useCallback, useState } from 'react'
import { usePagedList } from '@/hooks/use-paged-list'
import { callCloud } from '@/services/cloud'
import { voice } from '@/shared/contracts/voice'
import type { OpinionCategory } from '@/shared/domain/voice/opinions'

/** 大家的意见: the public opinions, newest first, by category. */
export function usePublicOpinions() {
  const [category, setCategory] = useState<OpinionCategory | undefined>()
  const fetchPage = useCallback((page: number) => callCloud(voice, 'listOpinions', { page, pageSize: 10, publicOnly: true, category }), [category])
  return { list: usePagedList(fetchPage), category, choose: (c: OpinionCategory) => setCategory((now) => (now === c ? undefined : c)) }
}
