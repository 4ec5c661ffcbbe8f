/**
 * The one pending privacy question (用户隐私保护指引), shared by the platform service that raises it and the sheet
 * that answers it. WeChat holds the privacy API that triggered it until `resolve` is called; so does the browser.
 */
export interface PrivacyDecision {
  event: 'agree' | 'disagree'
  /** the id of the agree button the person tapped (WeChat checks that it was tapped) */
  buttonId?: string
}

export interface PrivacyRequest {
  /** the API or component that needs it, e.g. `chooseMedia`, `button.getPhoneNumber` */
  referrer: string
  resolve: (decision: PrivacyDecision) => void
}

let pending: PrivacyRequest | null = null
const listeners = new Set<(request: PrivacyRequest | null) => void>()

function publish() {
  for (const listener of listeners) listener(pending)
}

/** Shows the sheet; a question still open is answered 拒绝 first, so no caller waits for ever. */
export function askPrivacy(request: PrivacyRequest): void {
  const previous = pending
  pending = request
  previous?.resolve({ event: 'disagree' })
  publish()
}

/** The person's answer: hides the sheet and lets the waiting API go on (agree) or fail (disagree). */
export function answerPrivacy(decision: PrivacyDecision): void {
  const request = pending
  pending = null
  publish()
  request?.resolve(decision)
}

export function pendingPrivacy(): PrivacyRequest | null {
  return pending
}

export function onPrivacyRequest(listener: (request: PrivacyRequest | null) => void): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}
