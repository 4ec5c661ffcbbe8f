/** A small test double of @tarojs/taro for UI tests in jsdom: storage in memory, navigation recorded. */
import { useEffect } from 'react'

const storage = new Map<string, unknown>()
export const navigations: string[] = []
export const toasts: string[] = []
let appBaseInfo: { fontSizeScaleFactor?: number } = {}
let routeParams: Record<string, string> = {}
let currentPage: { route: string; config: { navigationBarTitleText?: string } } = { route: 'pages/test/index', config: {} }
let pagesOpen = 2
let routePath = ''

const Taro = {
  getStorageSync: (key: string) => (storage.has(key) ? storage.get(key) : ''),
  setStorageSync: (key: string, value: unknown) => {
    storage.set(key, value)
  },
  navigateTo: async ({ url }: { url: string }) => {
    navigations.push(url)
  },
  getAppBaseInfo: () => appBaseInfo,
  showToast: async ({ title }: { title: string }) => {
    toasts.push(title)
  },
  switchTab: async ({ url }: { url: string }) => {
    navigations.push(`tab:${url}`)
  },
  navigateBack: async () => {
    navigations.push('back')
  },
  redirectTo: async ({ url }: { url: string }) => {
    navigations.push(`redirect:${url}`)
  },
  previewImage: async ({ current }: { current: string }) => {
    navigations.push(`preview:${current}`)
  },
  reLaunch: async ({ url }: { url: string }) => {
    navigations.push(`relaunch:${url}`)
  },
  // the page being shown and the pages under it (see resetTaro's `page` and `pagesOpen`)
  getCurrentInstance: () => ({ page: currentPage, router: { path: currentPage.route, params: routeParams } }),
  getCurrentPages: () => Array.from({ length: pagesOpen }, () => currentPage),
}

export function resetTaro(
  options: { fontSizeScaleFactor?: number; params?: Record<string, string>; path?: string; page?: { route: string; config: { navigationBarTitleText?: string } }; pagesOpen?: number } = {},
) {
  storage.clear()
  routeParams = options.params ?? {}
  routePath = options.path ?? ''
  // the page shown: named by `page`, or by the route `path` (as the tab bar reads it)
  currentPage = options.page ?? { route: routePath ? routePath.replace(/^\//, '') : 'pages/test/index', config: {} }
  pagesOpen = options.pagesOpen ?? 2
  navigations.length = 0
  toasts.length = 0
  appBaseInfo = { fontSizeScaleFactor: options.fontSizeScaleFactor }
}

export function useRouter() {
  return { params: routeParams, path: routePath }
}

const shown = new Set<() => void>()

export function useDidShow(callback: () => void) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per mount, like a first show
  useEffect(() => {
    callback()
    shown.add(callback)
    return () => {
      shown.delete(callback)
    }
  }, [])
}

/** The person came back to the page (e.g. from 个人资料): every mounted page's didShow runs again. */
export function showAgain() {
  for (const callback of [...shown]) callback()
}

export function useLoad(callback: () => void) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per mount, like page load
  useEffect(() => callback(), [])
}

export function useLaunch(callback: () => void) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once, like app launch
  useEffect(() => callback(), [])
}

export default Taro
