/**
 * Browser (local cloud): no WeChat holds the API, so the app asks before the first privacy API itself — the
 * same sheet, the same answer, remembered on this device like WeChat remembers it per person.
 */
import { askPrivacy } from './privacy-requests'

/** where this device remembers 同意 */
export const PRIVACY_AGREED_KEY = 'privacy.agreed'
/** the guide as the local cloud serves it (docs/privacy-guide.md) */
export const PRIVACY_GUIDE_URL = '/dev/privacy-guide'

export function listenForPrivacyRequests(): void {}

/** Resolves true once the person has agreed (asking them the first time), false when they decline. */
export function beforePrivacyApi(referrer: string): Promise<boolean> {
  if (window.localStorage.getItem(PRIVACY_AGREED_KEY) === '1') return Promise.resolve(true)
  return new Promise((done) =>
    askPrivacy({
      referrer,
      resolve: ({ event }) => {
        if (event === 'agree') window.localStorage.setItem(PRIVACY_AGREED_KEY, '1')
        done(event === 'agree')
      },
    }),
  )
}

export function openPrivacyGuide(): void {
  window.open(PRIVACY_GUIDE_URL, '_blank', 'noopener')
}
