/** The browser has no subscription messages; the local cloud records every message in its outbox anyway. */
import type { TemplateName } from '../shared/domain/templates'

export async function requestSubscriptions(_names: TemplateName[]): Promise<void> {}
