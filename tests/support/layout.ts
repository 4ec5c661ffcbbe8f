/**
 * What a large WeChat font breaks, measured in the browser: the page scrolling sideways, elements wider than the
 * phone (chips cut off), and short words split over two lines ("长辈/版", "11月30/日"). One line per finding.
 */
import type { Page } from 'playwright-core'

export function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = window.innerWidth
    const found: string[] = []
    const describe = (el: Element) => `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> “${(el.textContent ?? '').trim().slice(0, 16)}”`
    const root = document.scrollingElement ?? document.documentElement
    if (root.scrollWidth > width) found.push(`the document scrolls sideways: ${root.scrollWidth} px wide on a ${width} px screen`)
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const box = el.getBoundingClientRect()
      if (box.width === 0 || box.height === 0) continue
      if (box.right > width + 1 || box.left < -1) found.push(`wider than the screen: ${describe(el)} ${Math.round(box.left)}–${Math.round(box.right)} px`)
      const style = getComputedStyle(el)
      if ((style.overflowX === 'auto' || style.overflowX === 'scroll') && el.scrollWidth > el.clientWidth + 1) found.push(`scrolls sideways: ${describe(el)}`)
    }
    // a short run of text (a word, a date, a label) on two lines is a word split in the middle
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').trim()
      if (!text || text.length > 6 || /\s/.test(text)) continue
      const range = document.createRange()
      range.selectNodeContents(node)
      const lines = new Set(Array.from(range.getClientRects()).filter((r) => r.width > 0).map((r) => Math.round(r.bottom)))
      if (lines.size > 1) found.push(`split over ${lines.size} lines: “${text}” in ${describe(node.parentElement ?? document.body)}`)
    }
    return found
  })
}
