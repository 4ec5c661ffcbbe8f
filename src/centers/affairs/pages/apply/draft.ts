/** 在线申请's form (station, description, photos of each material) ↔ the submitApplication input; pure, validated by the affairs contract. */
import { type affairs, SubmitApplicationInput } from '@/shared/contracts/affairs'
import { fieldMessages, type InputOf, type OutputOf } from '@/shared/contracts/define'
import { type CatalogMaterial, missingMaterials } from '@/shared/domain/affairs/applications'

export type ApplicationInput = InputOf<typeof affairs, 'submitApplication'>
type Returned = Pick<OutputOf<typeof affairs, 'getApplication'>, 'stationId' | 'fields' | 'materialFiles' | 'materialOf' | 'materialUrls'>
type Station = { id: string; community: string | null }

export const MAX_PHOTOS = 9
/** the one free-text field of an application */
export const DESCRIPTION = '申请说明'

/** one photo: its cloud fileID, the catalog material it shows, and a link to show it (when there is one) */
export interface MaterialPhoto {
  file: string
  material: string
  url?: string
}

export interface ApplicationDraft {
  /** null: not chosen yet (see stationOf) */
  stationId: string | null
  /** null: not typed yet (see descriptionOf) */
  description: string | null
  /** null: not touched yet — the photos a returned application was sent with (see photosOf) */
  photos: MaterialPhoto[] | null
}

export const EMPTY_APPLICATION: ApplicationDraft = { stationId: null, description: null, photos: null }

/** The station: the one chosen, else the returned application's, else the person's own community's, else the first. */
export function stationOf(d: ApplicationDraft, stations: Station[], returned: Returned | null, community: string | undefined): string | undefined {
  return d.stationId ?? returned?.stationId ?? stations.find((s) => s.community === community)?.id ?? stations[0]?.id
}

/** The description: as typed, else what the returned application said. */
export const descriptionOf = (d: ApplicationDraft, returned: Returned | null) => d.description ?? returned?.fields.find((f) => f.label === DESCRIPTION)?.value ?? ''

/** The photos: as changed here, else the ones the returned application was sent with — staff keep what they had. */
export const photosOf = (d: ApplicationDraft, returned: Returned | null): MaterialPhoto[] =>
  d.photos ?? (returned?.materialFiles.map((file, i) => ({ file, material: returned.materialOf[i] ?? '', url: returned.materialUrls[i] })) ?? [])

export const withPhotos = (d: ApplicationDraft, returned: Returned | null, material: string, added: Array<{ file: string; url?: string }>): ApplicationDraft => ({
  ...d,
  photos: [...photosOf(d, returned), ...added.map((a) => ({ ...a, material }))],
})

export const withoutPhoto = (d: ApplicationDraft, returned: Returned | null, file: string): ApplicationDraft => ({ ...d, photos: photosOf(d, returned).filter((p) => p.file !== file) })

export function toApplicationInput(serviceId: string, stationId: string, description: string, photos: MaterialPhoto[], applicationId: string | undefined): ApplicationInput {
  return {
    serviceId,
    stationId,
    fields: [{ label: DESCRIPTION, value: description }],
    materialFiles: photos.map((p) => p.file),
    materialOf: photos.map((p) => p.material),
    applicationId,
  }
}

/** What must change before sending (the description: `fields.0.value`; missing required photos: `materialFiles`), empty when it can be sent. */
export function problems(input: ApplicationInput, materials: readonly CatalogMaterial[] = []): Record<string, string> {
  const parsed = SubmitApplicationInput.safeParse(input)
  const fields = parsed.success ? {} : fieldMessages(parsed.error)
  // the contract names the field generically (此栏内容); here it is the 申请说明
  if (fields['fields.0.value'] && !input.fields[0]?.value.trim()) fields['fields.0.value'] = `请填写${DESCRIPTION}`
  const missing = missingMaterials(materials, input.materialOf ?? [])
  if (missing.length) fields.materialFiles = `还缺：${missing.join('、')}`
  return fields
}
