/**
 * Which tab is on screen, for WeChat's custom tab bar: it is one component per tab page, drawn outside the page, so
 * the page (through Screen) says when it shows and every bar follows.
 */
const listeners = new Set<() => void>()
let current = ''

export const currentTab = () => current

export function showTab(path: string): void {
  if (!path || path === current) return
  current = path
  for (const listener of listeners) listener()
}

export function subscribeTab(listener: () => void): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}
