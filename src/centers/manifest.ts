/**
 * What a center is made of, declared once in its own folder (`src/centers/<center>/manifest.ts`) and listed
 * once in `src/centers/index.ts`. Plain data only: `app.config.ts` reads it at build time, and the bundler,
 * the local cloud, the seeder, the privacy guide and the tests read the same list. Contracts are referred to
 * by type (`import type`), so nothing of zod, pages or the emulator comes along with a manifest.
 */
import type { FunctionSpec } from '../shared/contracts/define'
import type { CenterCode } from '../shared/domain/centers'

/** One index of a collection, as the cloud console (数据库 → 索引管理) and the local cloud take it. */
export interface IndexDecl {
  readonly name: string
  readonly keys: Readonly<Record<string, 1 | -1>>
  readonly unique?: boolean
}

declare const contractType: unique symbol
/**
 * A cloud function of the center. Its code is `cloudfunctions/<name>/`, its contract `src/shared/contracts/<name>.ts`
 * (exporting `<name>`); `C` is that contract's type, so callers and tests are typed from the manifest.
 */
export interface FunctionDecl<C extends FunctionSpec = FunctionSpec> {
  readonly [contractType]?: C
}
export function cloudFunction<C extends FunctionSpec>(): FunctionDecl<C> {
  return {}
}

/** One row of the privacy guide (用户隐私保护指引): what is collected, why, how, and who sees it. */
export interface PrivacyLine {
  readonly info: string
  readonly purpose: string
  readonly how: string
  readonly visibleTo: string
}

/** WeChat APIs that need the user's agreement to the privacy guide (小程序隐私接口) before they work. */
export type PrivacyApi = 'getPhoneNumber' | 'chooseMedia' | 'chooseImage' | 'setClipboardData' | 'getClipboardData' | 'getLocation' | 'chooseLocation' | 'chooseAddress'

export interface Manifest {
  /** the center's code, or `account` for the platform's own pieces */
  readonly name: CenterCode | 'account'
  /** the subpackage: `root` under src/, pages relative to it (the first one is its entry) */
  readonly subpackage: { readonly root: string; readonly pages: readonly string[] }
  /** cloud functions, by name */
  readonly functions: Readonly<Record<string, FunctionDecl>>
  /** collections the center owns, with every index its queries use */
  readonly collections: Readonly<Record<string, readonly IndexDecl[]>>
  /** subscription message templates (订阅消息): name → template id from the mini-program console */
  readonly templates: Readonly<Record<string, string>>
  /** roles the center adds: name → label shown to people */
  readonly roles: Readonly<Record<string, string>>
  /** demo data for the local cloud: a module exporting `seed(store, now)` */
  readonly seed?: `emulator/seeds/${string}.ts`
  readonly privacy: {
    /** personal data the center collects */
    readonly collects: readonly PrivacyLine[]
    /** privacy APIs it calls, with what for */
    readonly apis: Readonly<Partial<Record<PrivacyApi, string>>>
  }
}

/** Keeps the literal names (functions, templates, roles) so the list can type everything derived from it. */
export function defineManifest<const M extends Manifest>(manifest: M): M {
  return manifest
}
