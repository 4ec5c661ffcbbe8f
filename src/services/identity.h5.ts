/**
 * H5 local mode: who the user is comes from the persona picker served by the local gateway.
 * (The weapp build has no such thing: WeChat knows who the user is.)
 */
const OPENID_KEY = 'localcloud.openid'
const NAME_KEY = 'localcloud.name'

export function currentOpenid(): string | null {
  return window.localStorage.getItem(OPENID_KEY)
}

/** Sends a visitor without a persona to the picker. */
export function ensureSignedIn(): void {
  if (!currentOpenid()) window.location.href = '/personas.html'
}

/** The persona's name on the local cloud, or null in WeChat. */
export function localPersonaName(): string | null {
  return currentOpenid() ? window.localStorage.getItem(NAME_KEY) : null
}

export function switchPersona(): void {
  window.localStorage.removeItem(OPENID_KEY)
  window.localStorage.removeItem(NAME_KEY)
  window.location.href = '/personas.html'
}
