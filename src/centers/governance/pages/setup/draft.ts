/** 时限设置's form: one category's routing and four spans ↔ the setDeadlines input; pure. */
import type { InputOf, OutputOf } from '@/shared/contracts/define'
import type { governance } from '@/shared/contracts/governance'
import type { CategorySettings } from '@/shared/domain/governance/deadlines'
import type { Span } from '@/shared/domain/governance/spans'
import type { ReportCategory } from '@/shared/domain/governance/reports'

export type SpanKey = 'urgent.respond' | 'urgent.resolve' | 'ordinary.respond' | 'ordinary.resolve'
export const SPAN_KEYS: Array<{ key: SpanKey; label: string }> = [
  { key: 'urgent.respond', label: '紧急：响应时限' },
  { key: 'urgent.resolve', label: '紧急：办结时限' },
  { key: 'ordinary.respond', label: '一般：响应时限' },
  { key: 'ordinary.resolve', label: '一般：办结时限' },
]

export function spanOf(s: CategorySettings, key: SpanKey): Span {
  const [level, which] = key.split('.') as ['urgent' | 'ordinary', 'respond' | 'resolve']
  return s[level][which]
}

export function withSpan(s: CategorySettings, key: SpanKey, span: Span): CategorySettings {
  const [level, which] = key.split('.') as ['urgent' | 'ordinary', 'respond' | 'resolve']
  return { ...s, [level]: { ...s[level], [which]: span } }
}

/** The amount as typed ('' or digits) → a whole number; 0 when not a number (the contract asks for at least 1). */
export function amountOf(typed: string): number {
  const n = Number.parseInt(typed, 10)
  return Number.isFinite(n) ? n : 0
}

export function toDeadlinesInput(category: ReportCategory, s: CategorySettings): InputOf<typeof governance, 'setDeadlines'> {
  return { settings: { [category]: s } }
}

type Grids = OutputOf<typeof governance, 'listGrids'>['grids']
type Teams = OutputOf<typeof governance, 'listGrids'>['teams']
type Community = InputOf<typeof governance, 'setGrids'>['community']
type TeamKind = Teams[number]['kind']

/** 网格 being created or edited: buildings typed as one line, the worker picked by name. */
export interface GridDraft {
  id: string | null
  community: Community | null
  name: string
  buildingsText: string
  worker: { id: string; name: string } | null
}

export const NEW_GRID: GridDraft = { id: null, community: null, name: '', buildingsText: '', worker: null }

export function gridDraftOf(g: Grids[number]): GridDraft {
  return { id: g.id, community: g.community as Community, name: g.name, buildingsText: g.buildings.join('、'), worker: { id: g.workerId, name: g.workerName } }
}

/** "1号楼、2号楼, 3号楼" → ['1号楼', '2号楼', '3号楼']: any of 、，, and spaces separate, each building once. */
export function buildingsOf(text: string): string[] {
  return [...new Set(text.split(/[、，,;；\s]+/).map((b) => b.trim()).filter(Boolean))]
}

const gridInput = (g: Grids[number]) => ({ id: g.id, name: g.name, buildings: g.buildings, center: g.center, workerId: g.workerId })

/** The community's grids as they stand with the draft saved in (replacing the grid it edits, or added). */
export function toGridsInputWith(grids: Grids, draft: GridDraft): InputOf<typeof governance, 'setGrids'> | { problem: string } {
  if (!draft.community) return { problem: '请选择网格所在的社区' }
  if (!draft.worker) return { problem: '请为网格选择网格员' }
  const community = draft.community
  const others = grids.filter((g) => g.community === community)
  const old = draft.id ? others.find((g) => g.id === draft.id) : undefined
  const edited = { ...(draft.id ? { id: draft.id } : {}), name: draft.name.trim(), buildings: buildingsOf(draft.buildingsText), center: old?.center ?? null, workerId: draft.worker.id }
  const list = others.map((g) => (g.id === draft.id ? edited : gridInput(g)))
  return { community, grids: draft.id && old ? list : [...list, edited] }
}

/** The community's grids without one (setGrids removes what its list leaves out). */
export function toGridsInputWithout(grids: Grids, gridId: string): InputOf<typeof governance, 'setGrids'> | null {
  const grid = grids.find((g) => g.id === gridId)
  if (!grid) return null
  return { community: grid.community as Community, grids: grids.filter((g) => g.community === grid.community && g.id !== gridId).map(gridInput) }
}

/** A community's grids as they stand, with one grid handed to another worker (setGrids replaces the community's list). */
export function toGridsInput(community: Community, grids: Grids, gridId: string, workerId: string): InputOf<typeof governance, 'setGrids'> {
  return {
    community,
    grids: grids.filter((g) => g.community === community).map((g) => ({ ...gridInput(g), workerId: g.id === gridId ? workerId : g.workerId })),
  }
}

/** 处置队伍 being created or edited: its name, kind and the categories routed to it (members are added on the card). */
export interface TeamDraft {
  id: string | null
  name: string
  kind: TeamKind | null
  categories: ReportCategory[]
}

export const NEW_TEAM: TeamDraft = { id: null, name: '', kind: null, categories: [] }

export function teamDraftOf(t: Teams[number]): TeamDraft {
  return { id: t.id, name: t.name, kind: t.kind, categories: [...t.categories] }
}

const teamInput = (t: Teams[number]) => ({ id: t.id, name: t.name, kind: t.kind, categories: t.categories, memberIds: t.members.map((m) => m.id) })

/** Every team as it stands with the draft saved in; a new team starts without members, added on its card next. */
export function toTeamsInputWith(teams: Teams, draft: TeamDraft): InputOf<typeof governance, 'setTeams'> | { problem: string } {
  if (!draft.kind) return { problem: '请选择队伍类型' }
  const edited = { name: draft.name.trim(), kind: draft.kind, categories: draft.categories }
  if (!draft.id) return { teams: [...teams.map(teamInput), { ...edited, memberIds: [] }] }
  return { teams: teams.map((t) => (t.id === draft.id ? { ...teamInput(t), ...edited } : teamInput(t))) }
}

export function toTeamsInputWithout(teams: Teams, teamId: string): InputOf<typeof governance, 'setTeams'> {
  return { teams: teams.filter((t) => t.id !== teamId).map(teamInput) }
}

/** Every team as it stands, with one team's members changed (setTeams replaces the list). */
export function toTeamsInput(teams: Teams, teamId: string, change: (ids: string[]) => string[]): InputOf<typeof governance, 'setTeams'> {
  return { teams: teams.map((t) => (t.id === teamId ? { ...teamInput(t), memberIds: change(teamInput(t).memberIds) } : teamInput(t))) }
}
