import Taro from '@tarojs/taro'
import { useState } from 'react'
import { useLoad } from '@/hooks/use-load'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud, invalidInput } from '@/services/cloud'
import { requestSubscriptions } from '@/services/subscribe'
import { account } from '@/shared/contracts/account'
import { voice } from '@/shared/contracts/voice'
import { isStaffOf } from '@/shared/domain/roles'
import { EMPTY_TOPIC, problems, type TopicDraft, toTopicInput } from './draft'

/** 提出议题: a resident raises one in their verified community or building; the council (staff) names where. */
export function usePropose() {
  const me = useLoad(() => callCloud(account, 'whoami', {}), [])
  const badge = useLoad(() => callCloud(voice, 'myVerification', {}), [])
  const [draft, setDraft] = useState<TopicDraft>(EMPTY_TOPIC)
  const sending = useSubmit()
  return {
    council: isStaffOf(me.data?.roles ?? [], 'residents'),
    badge: badge.data,
    draft,
    change: (patch: Partial<TopicDraft>) => {
      setDraft((d) => ({ ...d, ...patch }))
      for (const field of Object.keys(patch)) sending.forget(field)
    },
    fields: sending.fields,
    busy: sending.busy,
    problem: sending.problem,
    submit: () =>
      sending.run(async (requestId) => {
        const fields = problems(draft)
        if (Object.keys(fields).length) throw invalidInput(fields)
        await requestSubscriptions(['voiceProgress'])
        const t = await callCloud(voice, 'proposeTopic', toTopicInput(draft), { requestId })
        await Taro.redirectTo({ url: `/centers/residents/pages/topic/index?id=${t.id}` })
      }),
  }
}
