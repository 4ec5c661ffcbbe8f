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

export function toDeadlinesInput(category: ReportCategory, s: CategorySettings, corrections: Record<string, 'work' | 'off'>): InputOf<typeof governance, 'setDeadlines'> {
  return { settings: { [category]: s }, corrections }
}

type Grids = OutputOf<typeof governance, 'listGrids'>['grids']
type Teams = OutputOf<typeof governance, 'listGrids'>['teams']

/** A community's grids as they stand, with one grid handed to another worker (setGrids replaces the community's list). */
export function toGridsInput(community: InputOf<typeof governance, 'setGrids'>['community'], grids: Grids, gridId: string, workerId: string): InputOf<typeof governance, 'setGrids'> {
  return {
    community,
    grids: grids
      .filter((g) => g.community === community)
      .map((g) => ({ id: g.id, name: g.name, buildings: g.buildings, center: g.center, workerId: g.id === gridId ? workerId : g.workerId })),
  }
}

/** Every team as it stands, with one team's members changed (setTeams replaces the list). */
export function toTeamsInput(teams: Teams, teamId: string, change: (ids: string[]) => string[]): InputOf<typeof governance, 'setTeams'> {
  return {
    teams: teams.map((t) => {
      const ids = t.members.map((m) => m.id)
      return { id: t.id, name: t.name, kind: t.kind, categories: t.categories, memberIds: t.id === teamId ? change(ids) : ids }
    }),
  }
}
