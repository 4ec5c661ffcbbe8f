import { effectiveRoles, isAllowed, isStaffOf, type Role } from '@/shared/domain/roles'
import { maskPhone } from '@/shared/domain/people'

describe('roles', () => {
  const affairsStaff: Role[] = [{ role: 'resident' }, { role: 'centerStaff', center: 'affairs' }]

  it('makes everyone a resident', () => {
    expect(effectiveRoles([])).toEqual([{ role: 'resident' }])
    expect(effectiveRoles([{ role: 'lawyer' }])).toEqual([{ role: 'resident' }, { role: 'lawyer' }])
  })

  it('counts center staff only in their own center', () => {
    expect(isAllowed(affairsStaff, ['centerStaff'], 'affairs')).toBe(true)
    expect(isAllowed(affairsStaff, ['centerStaff'], 'culture')).toBe(false)
    expect(isStaffOf(affairsStaff, 'culture')).toBe(false)
  })

  it('lets the street administrator act as staff of every center', () => {
    expect(isAllowed([{ role: 'admin' }], ['centerStaff'], 'legal')).toBe(true)
    expect(isStaffOf([{ role: 'admin' }], 'eldercare')).toBe(true)
  })

  it('does not let a resident pass a staff check', () => {
    expect(isAllowed([{ role: 'resident' }], ['centerStaff', 'lawyer'], 'legal')).toBe(false)
  })
})

describe('maskPhone', () => {
  it('keeps the first three and last four digits', () => {
    expect(maskPhone('13812345678')).toBe('138****5678')
    expect(maskPhone(null)).toBeNull()
  })
})
