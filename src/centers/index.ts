/**
 * THE list of centers. Everything that used to be listed per center — subpackages, functions, collections and
 * indexes, templates, roles, demo data, privacy lines — is read from here: app.config.ts, the functions
 * bundler, the local cloud and its seeder, the privacy guide and the tests. Adding a center is its own
 * folders plus one line below. Plain data: importing this pulls no pages, zod or emulator code.
 */
import account from '../account/manifest'
import affairs from './affairs/manifest'
import culture from './culture/manifest'
import eldercare from './eldercare/manifest'
import employment from './employment/manifest'
import governance from './governance/manifest'
import legal from './legal/manifest'
import type { FunctionDecl, IndexDecl } from './manifest'
import party from './party/manifest'
import residents from './residents/manifest'

// the platform first (people exist before anything refers to them), then the centers in the street's order
export const MANIFESTS = [account, affairs, governance, legal, culture, eldercare, residents, party, employment] as const

type Listed = (typeof MANIFESTS)[number]
type Merged<K extends 'functions' | 'templates' | 'roles'> = UnionToIntersection<Listed[K]>
type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never

export type ManifestName = Listed['name']
/** Every cloud function, with its contract's type. */
export type Contracts = { [F in keyof Merged<'functions'>]: Merged<'functions'>[F] extends FunctionDecl<infer C> ? C : never }
export type FunctionName = keyof Contracts & string
export type TemplateName = keyof Merged<'templates'> & string
export type RoleName = keyof Merged<'roles'> & string

/** The subpackages for app.config.ts, in list order. */
export function subPackages(): Array<{ root: string; pages: string[] }> {
  return MANIFESTS.map((m) => ({ root: m.subpackage.root, pages: [...m.subpackage.pages] }))
}

/** Every cloud function and the manifest that declares it. */
export function cloudFunctions(): Array<{ name: FunctionName; manifest: ManifestName }> {
  return MANIFESTS.flatMap((m) => Object.keys(m.functions).map((name) => ({ name: name as FunctionName, manifest: m.name })))
}

/** Every collection and its indexes (a name declared twice is reported by tests/contracts/manifests.test.ts). */
export function collections(): Record<string, readonly IndexDecl[]> {
  return Object.assign({}, ...MANIFESTS.map((m) => m.collections))
}

export const TEMPLATES = Object.assign({}, ...MANIFESTS.map((m) => m.templates)) as Merged<'templates'>
export const ROLE_LABELS = Object.assign({}, ...MANIFESTS.map((m) => m.roles)) as Merged<'roles'>
