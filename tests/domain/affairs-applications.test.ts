import { review } from '@/shared/domain/affairs/applications'

describe('两级代办 application flow', () => {
  it('lets the community pre-check and complete an item it handles itself', () => {
    expect(review('submitted', 'accept', 'community')).toEqual({ ok: true, status: 'accepted' })
    expect(review('accepted', 'complete', 'community')).toEqual({ ok: true, status: 'completed' })
  })

  it('sends a street item to the street after the pre-check, and only the street completes it', () => {
    expect(review('accepted', 'complete', 'street')).toEqual({ ok: false, message: '该事项须由街道办结，请先转街道' })
    expect(review('accepted', 'forward', 'street')).toEqual({ ok: true, status: 'forwarded' })
    expect(review('forwarded', 'complete', 'street')).toEqual({ ok: true, status: 'completed' })
  })

  it('does not forward what the community handles itself', () => {
    expect(review('accepted', 'forward', 'community').ok).toBe(false)
  })

  it('returns an application for missing materials at either level', () => {
    expect(review('submitted', 'return', 'street')).toEqual({ ok: true, status: 'returned' })
    expect(review('forwarded', 'return', 'street')).toEqual({ ok: true, status: 'returned' })
  })

  it('refuses decisions on a closed application with a sentence that says why', () => {
    expect(review('completed', 'reject', 'street')).toEqual({ ok: false, message: '申请当前为「已办结」，不能不予受理' })
    expect(review('returned', 'accept', 'street').ok).toBe(false)
  })
})
