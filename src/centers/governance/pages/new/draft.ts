/** 随手拍's form ↔ the report input; pure, validated by the governance contract. */
import { fieldMessages, type InputOf } from '@/shared/contracts/define'
import { type governance, ReportInput } from '@/shared/contracts/governance'
import type { Community } from '@/shared/domain/communities'
import type { ReportCategory } from '@/shared/domain/governance/reports'
import { buildingOf } from '@/shared/domain/governance/routing'

export type ReportDraftInput = InputOf<typeof governance, 'report'>

export interface DraftPhoto {
  file: string
  url: string
}

export interface ReportDraft {
  category: ReportCategory | null
  description: string
  photos: DraftPhoto[]
  /** picked on the map; null: the resident's own building */
  picked: { name: string; lat: number; lng: number } | null
  urgent: boolean
  public: boolean
}

export const EMPTY_REPORT: ReportDraft = { category: null, description: '', photos: [], picked: null, urgent: false, public: true }

export interface Home {
  community: string
  address: string
}

/** Where the report says the problem is: the map pick, else the resident's own building. */
export function placeOf(d: ReportDraft, home: Home | null): { community: Community; building: string | undefined; point: { lat: number; lng: number } | null; name: string | undefined } | null {
  if (!home) return null
  const community = home.community as Community
  if (d.picked) return { community, building: undefined, point: { lat: d.picked.lat, lng: d.picked.lng }, name: d.picked.name }
  // every community has a 17号楼: the name says which one, for the handler, the command view and 我的
  const building = home.address.match(/^\S*?(号楼|栋|幢)/)?.[0] ?? home.address
  return { community, building: buildingOf(home.address) ?? undefined, point: null, name: `${home.community.replace('黄河西路', '')}${building}附近`.slice(0, 60) }
}

/** The words under the location: where it will be reported. */
export function placeText(d: ReportDraft, home: Home | null): string {
  if (d.picked) return `地图选点：${d.picked.name}`
  if (!home) return '请先完善个人资料（所在社区和地址）'
  return `我的楼栋：${home.community.replace('黄河西路', '')} ${buildingOf(home.address) ?? home.address}`
}

export function toReportInput(d: ReportDraft, home: Home | null): ReportDraftInput | null {
  const place = placeOf(d, home)
  if (!place) return null
  return {
    category: d.category as ReportCategory,
    description: d.description,
    photos: d.photos.map((p) => p.file),
    location: { community: place.community, point: place.point, building: place.building, name: place.name },
    urgent: d.urgent,
    public: d.public,
  }
}

/** What must change before sending; empty when it can be sent. */
export function problems(input: ReportDraftInput | null): Record<string, string> {
  if (!input) return { location: '请先完善个人资料（所在社区和地址）' }
  const parsed = ReportInput.safeParse(input)
  return parsed.success ? {} : fieldMessages(parsed.error)
}
