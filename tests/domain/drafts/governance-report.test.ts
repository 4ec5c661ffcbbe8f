import { EMPTY_REPORT, placeText, problems, toReportInput } from '@/centers/governance/pages/new/draft'

const home = { community: '黄河西路第一社区', address: '17号楼3单元402' }

describe('the 随手拍 form', () => {
  it('reports at the resident’s own building, named with its community, when nothing was picked on the map', () => {
    const input = toReportInput({ ...EMPTY_REPORT, category: '环境卫生', description: '垃圾满溢' }, home)
    expect(input?.location).toEqual({ community: '黄河西路第一社区', building: '17号楼', point: null, name: '第一社区17号楼附近' })
    expect(placeText(EMPTY_REPORT, home)).toBe('我的楼栋：第一社区 17号楼')
  })

  it('reports at the map pick when there is one', () => {
    const input = toReportInput({ ...EMPTY_REPORT, category: '市政设施', description: '路灯不亮', picked: { name: '东门', lat: 40.81, lng: 111.64 } }, home)
    expect(input?.location).toMatchObject({ point: { lat: 40.81, lng: 111.64 }, name: '东门' })
  })

  it('asks for a category and a description before sending', () => {
    expect(problems(toReportInput(EMPTY_REPORT, home))).toEqual({ category: '请选择问题类别', description: '请填写问题描述' })
  })

  it('asks for the profile when the resident has no address yet', () => {
    expect(problems(toReportInput(EMPTY_REPORT, null))).toEqual({ location: '请先完善个人资料（所在社区和地址）' })
  })
})
