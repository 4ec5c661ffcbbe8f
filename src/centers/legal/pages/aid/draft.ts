/** What staff type to return an application: the missing materials, one per line or separated by 、，, */
export function missingList(typed: string): string[] {
  return typed
    .split(/[\n、，,；;]+/)
    .map((s) => s.trim())
    .filter(Boolean)
    .slice(0, 10)
}
