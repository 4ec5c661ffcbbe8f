import { useState } from 'react'
import { useLoad } from '@/hooks/use-load'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud } from '@/services/cloud'
import { confirmAction, toastDone } from '@/services/dialog'
import { governance } from '@/shared/contracts/governance'
import type { CategorySettings } from '@/shared/domain/governance/deadlines'
import type { ReportCategory } from '@/shared/domain/governance/reports'
import { toDeadlinesInput, toGridsInput, toTeamsInput } from './draft'

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
  const [open, setOpen] = useState<string | null>(null)
  const changing = useSubmit()
  const setWorker = (gridId: string, workerId: string) =>
    changing.run(async (requestId) => {
      const grids = loaded.data?.grids ?? []
      const grid = grids.find((g) => g.id === gridId)
      if (!grid) return
      const community = grid.community as Parameters<typeof toGridsInput>[0]
      loaded.set(await callCloud(governance, 'setGrids', toGridsInput(community, grids, gridId, workerId), { requestId }))
      setOpen(null)
      await toastDone('已更换')
    }, `grid:${gridId}:${workerId}`)
  const setMembers = (teamId: string, change: (ids: string[]) => string[]) =>
    changing.run(async (requestId) => {
      const teams = loaded.data?.teams ?? []
      loaded.set(await callCloud(governance, 'setTeams', toTeamsInput(teams, teamId, change), { requestId }))
      setOpen(null)
      await toastDone('已保存')
    }, `team:${teamId}:${Date.now()}`)
  return {
    loaded,
    open,
    setOpen,
    setWorker: (gridId: string, workerId: string) => void setWorker(gridId, workerId),
    addMember: (teamId: string, id: string) => void setMembers(teamId, (ids) => [...new Set([...ids, id])]),
    removeMember: (teamId: string, id: string, name: string) =>
      void confirmAction({ title: `移除${name}？`, content: '移除后不再收到该队伍的派单，已派给队伍的问题由其他成员处置。', confirmText: '确定移除' }).then((yes) => {
        if (yes) void setMembers(teamId, (ids) => ids.filter((m) => m !== id))
      }),
    category,
    setCategory,
    editing,
    edit: (s: CategorySettings) => {
      setEdits((e) => ({ ...e, [category]: s }))
      saving.forget()
    },
    save: () => void save(),
    busy: saving.busy || changing.busy,
    problem: saving.problem ?? changing.problem,
    fields: saving.fields,
  }
}
