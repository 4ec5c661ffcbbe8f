import Taro, { useRouter } from '@tarojs/taro'
import { useRef, useState } from 'react'
import { useLoad } from '@/hooks/use-load'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud, invalidInput } from '@/services/cloud'
import { account } from '@/shared/contracts/account'
import { activities } from '@/shared/contracts/activities'
import { orgs } from '@/shared/contracts/orgs'
import { CENTERS } from '@/shared/domain/centers'
import { isStaffOf } from '@/shared/domain/roles'
import { type ActivityDraft, addQuestion, DATE_FIELDS, draftFrom, problems, toActivityInput } from './draft'

/** 发布活动: who may host, the activity being edited (if any), the form and its save. */
export function useEditor() {
  const { params } = useRouter()
  const editingId = params.id
  const [edited, setEdited] = useState<ActivityDraft | null>(null)
  const loaded = useLoad(async () => {
    const [me, current] = await Promise.all([callCloud(account, 'whoami', {}), editingId ? callCloud(activities, 'getActivity', { activityId: editingId }) : Promise.resolve(null)])
    const myOrgs = await Promise.all(me.roles.flatMap((r) => (r.role === 'orgStaff' ? [callCloud(orgs, 'getOrg', { orgId: r.orgId })] : [])))
    return { me, current, orgNames: new Map(myOrgs.map((o) => [o.id, o.name])) }
  }, [editingId])
  const saving = useSubmit()
  const questionKeys = useRef(0)
  // after the first save, what is wrong is worked out again as the person types (a fixed start clears the end's message)
  const [tried, setTried] = useState(false)

  const host = loaded.data
    ? {
        orgIds: loaded.data.me.roles.flatMap((r) => (r.role === 'orgStaff' ? [r.orgId] : [])),
        staffCenters: CENTERS.filter((c) => isStaffOf(loaded.data?.me.roles ?? [], c.code)).map((c) => c.code),
        orgNames: loaded.data.orgNames,
      }
    : null
  const current = loaded.data?.current ?? null
  const draft = edited ?? (host ? draftFrom(current, host) : null)

  const set =
    <K extends keyof ActivityDraft>(key: K) =>
    (value: ActivityDraft[K]) => {
      if (!draft) return
      setEdited({ ...draft, [key]: value })
      saving.forget(key)
    }

  const save = () =>
    saving.run(async (requestId) => {
      if (!draft) return
      setTried(true)
      const fields = problems(draft)
      if (Object.keys(fields).length) throw invalidInput(fields)
      const input = toActivityInput(draft)
      const saved = current
        ? await callCloud(activities, 'updateActivity', { ...input, activityId: current.id }, { requestId })
        : await callCloud(activities, 'createActivity', input, { requestId })
      await Taro.redirectTo({ url: `/centers/culture/pages/activity/index?id=${saved.id}` })
    })

  return {
    loaded,
    host,
    current,
    draft,
    set,
    save,
    addQuestion: () => draft && set('questions')(addQuestion(draft.questions, `new-${++questionKeys.current}`)),
    busy: saving.busy,
    fields: tried && draft ? { ...withoutDates(saving.fields), ...problems(draft) } : saving.fields,
    problem: saving.problem && saving.code === 'INVALID_INPUT' ? `${saving.problem}（见各栏提示）` : saving.problem,
  }
}
export type Editor = ReturnType<typeof useEditor>

/** The server's messages but those on dates, which the form works out itself as the person types. */
const withoutDates = (fields: Record<string, string>) => Object.fromEntries(Object.entries(fields).filter(([k]) => !(DATE_FIELDS as readonly string[]).includes(k)))
