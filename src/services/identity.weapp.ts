/** In WeChat the platform identifies the user; nothing to choose or switch. */
export function currentOpenid(): string | null {
  return null
}

export function ensureSignedIn(): void {}

export function localPersonaName(): string | null {
  return null
}

export function switchPersona(): void {}
