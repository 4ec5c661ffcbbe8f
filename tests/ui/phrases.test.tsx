import { render } from '@testing-library/react'
import { Phrases } from '@/components/phrases'
import { phrasesOf } from '@/components/phrases/split'

describe('names in words, for large fonts', () => {
  it('keeps the kind of place a name ends with as a word of its own', () => {
    expect(phrasesOf('社区事务受理服务中心')).toEqual(['社区事务受理', '服务中心'])
    expect(phrasesOf('第一社区居民服务站')).toEqual(['第一社区居民', '服务站'])
    expect(phrasesOf('黄河西路街道')).toEqual(['黄河西路', '街道'])
  })

  it('keeps a bracketed part whole', () => {
    expect(phrasesOf('街道党建指导中心（党员服务中心）')).toEqual(['街道党建指导', '中心', '（党员服务中心）'])
    expect(phrasesOf('居民服务中心（街道职工之家）')).toEqual(['居民', '服务中心', '（街道职工之家）'])
  })

  it('leaves short names alone and reads as the same text', () => {
    expect(phrasesOf('中心')).toEqual(['中心'])
    const { container } = render(<Phrases text='社区事务受理服务中心' />)
    expect(container.textContent).toBe('社区事务受理服务中心')
  })
})
