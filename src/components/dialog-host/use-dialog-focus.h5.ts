// The browser: focus moves into the question when it opens (onto its safe choice), Escape answers it 再想想, and
// focus returns to what the person was on when it closes. Every page in Taro's stack has a host; only the one on
// screen acts (the others sit in hidden pages).
import { useEffect } from 'react'

function onScreen(element: HTMLElement): boolean {
  for (let e: HTMLElement | null = element; e; e = e.parentElement) if (getComputedStyle(e).display === 'none') return false
  return true
}

export function useDialogFocus(openId: number | null, focusSelector: string, onEscape: () => void): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per question; onEscape answers whichever is open
  useEffect(() => {
    if (openId === null) return
    const target = Array.from(document.querySelectorAll<HTMLElement>(focusSelector)).find(onScreen)
    if (!target) return
    const before = document.activeElement as HTMLElement | null
    // Taro's components are upgraded by the browser a few frames after React put them in, and upgrading moves
    // their children, which drops focus: hold it on the safe choice until it has stayed there for a few frames
    let frame = 0
    let frames = 0
    let held = 0
    const focus = () => {
      if (document.activeElement === target) held += 1
      else {
        held = 0
        target.focus()
      }
      if (held < 5 && frames++ < 60) frame = requestAnimationFrame(focus)
    }
    focus()
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onEscape()
    }
    document.addEventListener('keydown', onKey)
    return () => {
      cancelAnimationFrame(frame)
      document.removeEventListener('keydown', onKey)
      if (before && document.contains(before)) before.focus()
    }
  }, [openId, focusSelector])
}
