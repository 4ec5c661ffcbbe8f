import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { useLoad } from '@/hooks/use-load'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud, invalidInput } from '@/services/cloud'
import { account } from '@/shared/contracts/account'
import { affairs } from '@/shared/contracts/affairs'
import { isStaffOf } from '@/shared/domain/roles'
import { EMPTY_REVIEW, possibleDecisions, problems, type ReviewDraft, toReviewInput } from './draft'

/** 申请详情: the application with its timeline, whether the caller is affairs staff, and the staff decision. */
export function useApplication() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const loaded = useLoad(async () => {
    const [app, me] = await Promise.all([callCloud(affairs, 'getApplication', { applicationId: id }), callCloud(account, 'whoami', {})])
    return { app, me }
  }, [id])
  const [draft, setDraft] = useState<ReviewDraft>(EMPTY_REVIEW)
  const deciding = useSubmit()

  const decide = () =>
    deciding.run(async (requestId) => {
      const data = loaded.data
      const input = data && toReviewInput(data.app.id, draft)
      if (!data || !input) return
      const fields = problems(input)
      if (Object.keys(fields).length) throw invalidInput(fields)
      const next = await callCloud(affairs, 'reviewApplication', input, { requestId })
      loaded.set({ app: next, me: data.me })
      setDraft(EMPTY_REVIEW)
    })

  return {
    loaded,
    staff: loaded.data ? isStaffOf(loaded.data.me.roles, 'affairs') : false,
    possible: loaded.data ? possibleDecisions(loaded.data.app) : [],
    draft,
    change: (patch: Partial<ReviewDraft>) => setDraft((d) => ({ ...d, ...patch })),
    decide,
    fields: deciding.fields,
    problem: deciding.problem,
    busy: deciding.busy,
  }
}
