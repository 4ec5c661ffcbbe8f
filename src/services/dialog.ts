/**
 * The app's one way to ask before an action and to say it is done. Pages call these, never Taro.showModal or
 * Taro.showToast: WeChat's own modal cannot be styled (15 px grey text, 48 px buttons, a 2.3:1 green 确定), so the
 * question and the toast are drawn by the app (components/dialog-host, mounted by Screen on every page) and follow
 * 长辈版 and the WeChat font scale like the rest of the page.
 */

export interface ConfirmSpec {
  title: string
  /** what will happen, in the person's words: what is lost, who is told */
  content: string
  /** the verb of the action, e.g. 确定取消 */
  confirmText: string
  cancelText?: string
}

export interface DialogState {
  /** the open question, if any */
  confirm: (Required<ConfirmSpec> & { id: number }) | null
  /** the toast on screen, if any */
  toast: { text: string; id: number } | null
}

/** How long a toast stays: long enough to read 7 characters slowly, short enough not to cover the page. */
export const TOAST_MS = 2500

let state: DialogState = { confirm: null, toast: null }
let answer: ((yes: boolean) => void) | null = null
let toastTimer: ReturnType<typeof setTimeout> | undefined
let serial = 0
const listeners = new Set<() => void>()

function publish(next: DialogState) {
  state = next
  for (const listener of listeners) listener()
}

/** Resolves true only when the person chose the action. A question still open is answered 再想想 first. */
export function confirmAction({ title, content, confirmText, cancelText = '再想想' }: ConfirmSpec): Promise<boolean> {
  answer?.(false)
  return new Promise((resolve) => {
    answer = resolve
    serial += 1
    publish({ ...state, confirm: { title, content, confirmText, cancelText, id: serial } })
  })
}

/** The person's answer to the open question (the host's buttons, Escape in the browser). */
export function answerConfirm(yes: boolean): void {
  const resolve = answer
  answer = null
  publish({ ...state, confirm: null })
  resolve?.(yes)
}

/**
 * A short "done" message. Returns at once, as WeChat's toast does: the page may go back or reload while it shows
 * (every page's host shows the same toast, so it stays in sight on the page the person lands on).
 */
export async function toastDone(text: string): Promise<void> {
  clearTimeout(toastTimer)
  serial += 1
  publish({ ...state, toast: { text, id: serial } })
  toastTimer = setTimeout(() => publish({ ...state, toast: null }), TOAST_MS)
}

export function dialogState(): DialogState {
  return state
}

export function subscribeDialog(listener: () => void): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}
