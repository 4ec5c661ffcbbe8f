// The browser: the nearest scroll area moves just enough to show the element (none when it is in sight).
export function scrollIntoSight(id: string): void {
  document.getElementById(id)?.scrollIntoView({ block: 'nearest' })
}
