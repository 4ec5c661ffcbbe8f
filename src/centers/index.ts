/**
 * THE list of centers. Everything that used to be listed per center — subpackages, functions, collections and
 * indexes, templates, roles, demo data, privacy lines, the centers on 首页 — is read from here: app.config.ts,
 * the functions bundler, the local cloud and its seeder directly; the running app, the contracts table, the
 * deploy files and the privacy guide through `npm run manifests` (scripts/manifest-files.ts says why each).
 * Adding a center is its own folders plus one line below. Plain data, but not for app code at run time: it
 * would put every manifest into the weapp main package.
 */
import account from '../account/manifest'
import affairs from './affairs/manifest'
import culture from './culture/manifest'
import eldercare from './eldercare/manifest'
import employment from './employment/manifest'
import governance from './governance/manifest'
import legal from './legal/manifest'
import type { IndexDecl } from './manifest'
import party from './party/manifest'
import residents from './residents/manifest'

// the platform first (people exist before anything refers to them), then the centers in the street's order
export const MANIFESTS = [account, affairs, governance, legal, culture, eldercare, residents, party, employment] as const

export type ManifestCode = (typeof MANIFESTS)[number]['code']

/** The subpackages for app.config.ts, in list order. */
export function subPackages(): Array<{ root: string; pages: string[] }> {
  return MANIFESTS.map((m) => ({ root: m.subpackage.root, pages: [...m.subpackage.pages] }))
}

/** Every cloud function, with the manifest that declares it. */
export function cloudFunctions(): Array<{ name: string; manifest: ManifestCode }> {
  return MANIFESTS.flatMap((m) => m.functions.map((name) => ({ name, manifest: m.code })))
}

/** Every collection and its indexes (a name declared twice is reported by tests/contracts/manifests.test.ts). */
export function collections(): Record<string, readonly IndexDecl[]> {
  return Object.assign({}, ...MANIFESTS.map((m) => m.collections))
}
