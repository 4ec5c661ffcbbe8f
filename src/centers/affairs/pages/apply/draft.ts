/** 在线申请's form (station, description, photos) ↔ the submitApplication input; pure, validated by the affairs contract. */
import { type affairs, SubmitApplicationInput } from '../../../../shared/contracts/affairs'
import { fieldMessages, type InputOf, type OutputOf } from '../../../../shared/contracts/define'

export type ApplicationInput = InputOf<typeof affairs, 'submitApplication'>
type Returned = Pick<OutputOf<typeof affairs, 'getApplication'>, 'stationId' | 'fields'>
type Station = { id: string; community: string | null }

export const MAX_PHOTOS = 9
/** the one free-text field of an application */
export const DESCRIPTION = '申请说明'

export interface ApplicationDraft {
  /** null: not chosen yet (see stationOf) */
  stationId: string | null
  /** null: not typed yet (see descriptionOf) */
  description: string | null
  /** cloud fileIDs of the material photos, in the order taken */
  files: string[]
}

export const EMPTY_APPLICATION: ApplicationDraft = { stationId: null, description: null, files: [] }

/** The station: the one chosen, else the returned application's, else the person's own community's, else the first. */
export function stationOf(d: ApplicationDraft, stations: Station[], returned: Returned | null, community: string | undefined): string | undefined {
  return d.stationId ?? returned?.stationId ?? stations.find((s) => s.community === community)?.id ?? stations[0]?.id
}

/** The description: as typed, else what the returned application said. */
export const descriptionOf = (d: ApplicationDraft, returned: Returned | null) => d.description ?? returned?.fields.find((f) => f.label === DESCRIPTION)?.value ?? ''

export const withoutPhoto = (d: ApplicationDraft, file: string): ApplicationDraft => ({ ...d, files: d.files.filter((x) => x !== file) })

export function toApplicationInput(serviceId: string, stationId: string, description: string, d: ApplicationDraft, applicationId: string | undefined): ApplicationInput {
  return { serviceId, stationId, fields: [{ label: DESCRIPTION, value: description }], materialFiles: d.files, applicationId }
}

/** What the contract says is wrong (the description: `fields.0.value`), empty when it can be sent. */
export function problems(input: ApplicationInput): Record<string, string> {
  const parsed = SubmitApplicationInput.safeParse(input)
  return parsed.success ? {} : fieldMessages(parsed.error)
}
