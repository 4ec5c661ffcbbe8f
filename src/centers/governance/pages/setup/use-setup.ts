import { useState } from 'react'
import { useLoad } from '@/hooks/use-load'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud } from '@/services/cloud'
import { toastDone } from '@/services/dialog'
import { governance } from '@/shared/contracts/governance'
import type { CategorySettings } from '@/shared/domain/governance/deadlines'
import type { ReportCategory } from '@/shared/domain/governance/reports'
import { toDeadlinesInput } from './draft'

/** 网格、队伍与时限 (street administrator): the grids and teams as they stand, and one category's settings being edited. */
export function useSetup() {
  const loaded = useLoad(() => callCloud(governance, 'listGrids', {}), [])
  const [category, setCategory] = useState<ReportCategory>('环境卫生')
  const [edits, setEdits] = useState<Partial<Record<ReportCategory, CategorySettings>>>({})
  const saving = useSubmit()
  const editing = edits[category] ?? (loaded.data?.deadlines.settings[category] as CategorySettings | undefined) ?? null
  const save = () =>
    saving.run(async (requestId) => {
      if (!editing || !loaded.data) return
      const next = await callCloud(governance, 'setDeadlines', toDeadlinesInput(category, editing, loaded.data.deadlines.corrections), { requestId })
      loaded.set(next)
      setEdits((e) => ({ ...e, [category]: undefined }))
      await toastDone('已保存')
    })
  return {
    loaded,
    category,
    setCategory,
    editing,
    edit: (s: CategorySettings) => {
      setEdits((e) => ({ ...e, [category]: s }))
      saving.forget()
    },
    save: () => void save(),
    busy: saving.busy,
    problem: saving.problem,
    fields: saving.fields,
  }
}
