import { render } from '@testing-library/react'
import { Screen } from '@/components/screen'
import { systemFontScale } from '@/services/display'
import { FONT_SCALE_KEY } from '@/services/font-scale'
import { resetTaro } from '../support/taro'

describe('following the WeChat font size', () => {
  it('scales text by the user’s font size factor', () => {
    resetTaro({ fontSizeScaleFactor: 1.4 })
    const { container } = render(<Screen>内容</Screen>)
    expect((container.querySelector('.screen') as HTMLElement).style.getPropertyValue('--font-scale')).toBe('1.4')
  })

  it('never shrinks text below the design size and caps extreme factors', () => {
    resetTaro({ fontSizeScaleFactor: 0.8 })
    expect(systemFontScale()).toBe(1)
    resetTaro({ fontSizeScaleFactor: 3 })
    expect(systemFontScale()).toBe(2)
  })
})

describe('the browser build standing in for the WeChat font size', () => {
  afterEach(() => window.localStorage.clear())

  it('takes the scale browser tests set, through the same path as WeChat’s factor', () => {
    resetTaro({ fontSizeScaleFactor: 1 })
    window.localStorage.setItem(FONT_SCALE_KEY, '2')
    const { container } = render(<Screen>内容</Screen>)
    expect((container.querySelector('.screen') as HTMLElement).style.getPropertyValue('--font-scale')).toBe('2')
  })
})
