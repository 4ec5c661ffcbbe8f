import { render } from '@testing-library/react'
import { Screen } from '@/components/screen'
import { systemFontScale } from '@/services/display'
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
