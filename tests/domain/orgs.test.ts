import { managesOrg } from '@/shared/domain/orgs'

describe('managesOrg', () => {
  it('lets the street administrator and culture staff manage every organization', () => {
    expect(managesOrg([{ role: 'admin' }], 'org-a')).toBe(true)
    expect(managesOrg([{ role: 'resident' }, { role: 'centerStaff', center: 'culture' }], 'org-a')).toBe(true)
  })

  it('lets an organization’s staff manage only their own organization', () => {
    expect(managesOrg([{ role: 'orgStaff', orgId: 'org-a' }], 'org-a')).toBe(true)
    expect(managesOrg([{ role: 'orgStaff', orgId: 'org-a' }], 'org-b')).toBe(false)
  })

  it('does not let residents or staff of other centers manage organizations', () => {
    expect(managesOrg([{ role: 'resident' }], 'org-a')).toBe(false)
    expect(managesOrg([{ role: 'centerStaff', center: 'affairs' }], 'org-a')).toBe(false)
    expect(managesOrg([], 'org-a')).toBe(false)
  })
})
