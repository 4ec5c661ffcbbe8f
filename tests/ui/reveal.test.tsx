import { render } from '@testing-library/react'
import { Reveal } from '@/components/reveal'

describe('what just happened, brought into sight', () => {
  it('scrolls to the result when it appears and again when it changes, not on every render', () => {
    const scrolled: string[] = []
    const original = Element.prototype.scrollIntoView
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this.textContent ?? '')
    }
    try {
      const { rerender } = render(<Reveal what='confirmed'>我的报名：报名成功</Reveal>)
      rerender(<Reveal what='confirmed'>我的报名：报名成功</Reveal>)
      rerender(<Reveal what='waitlisted'>我的报名：候补中</Reveal>)
      expect(scrolled).toEqual(['我的报名：报名成功', '我的报名：候补中'])
    } finally {
      Element.prototype.scrollIntoView = original
    }
  })
})
