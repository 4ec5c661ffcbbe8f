import { linkInput } from '@/centers/eldercare/pages/index/draft'
import { parseDishes, toMenuInput } from '@/centers/eldercare/pages/menu/draft'
import { initialDraft, toggleWeekday, toInput } from '@/centers/eldercare/pages/order/draft'
import { BLANK_SENIOR, toSeniorInput, withIdNumber } from '@/centers/eldercare/pages/senior/draft'

describe('订餐 draft', () => {
  it('starts on next week’s lunches, Monday to Friday, delivered and paid on delivery', () => {
    const d = initialDraft(new Date('2026-12-03T02:00:00Z'))
    expect(toInput('senior-1', d)).toEqual({ seniorId: 'senior-1', meal: 'lunch', from: '2026-12-07', to: '2026-12-11', weekdays: [1, 2, 3, 4, 5], mode: 'delivery', payment: 'onDelivery' })
  })
  it('drops and adds weekdays in order', () => {
    const d = initialDraft(new Date('2026-12-03T02:00:00Z'))
    expect(toggleWeekday(toggleWeekday(d, 3), 6).weekdays).toEqual([1, 2, 4, 5, 6])
  })
})

describe('关联老人 draft', () => {
  it('trims the name and strips spaces and dashes from the phone', () => {
    expect(linkInput({ name: ' 王秀兰 ', phone: '139-0531 0001', relation: '女儿 ' })).toEqual({ name: '王秀兰', phone: '13905310001', relation: '女儿' })
  })
})

describe('老人档案 draft', () => {
  it('fills birth date and gender from a valid ID number', () => {
    expect(withIdNumber(BLANK_SENIOR, '370102194803122344')).toMatchObject({ birthDate: '1948-03-12', gender: 'female' })
  })
  it('says which fields to fill before anything is sent', () => {
    const checked = toSeniorInput(BLANK_SENIOR, false)
    expect(checked.ok).toBe(false)
    if (!checked.ok) expect(Object.keys(checked.fields)).toEqual(expect.arrayContaining(['name', 'birthDate', 'community', 'building', 'room']))
  })
  it('makes a record a family member may send', () => {
    const checked = toSeniorInput({ ...withIdNumber(BLANK_SENIOR, '370102194803122344'), name: '王秀兰', community: '黄河西路第二社区', building: '5号楼', room: '302', diabetic: true, relation: '女儿' }, false)
    expect(checked.ok && checked.input).toMatchObject({ idNumber: '370102194803122344', diet: { diabetic: true }, relation: '女儿', self: false })
  })
})

describe('发布菜单 draft', () => {
  it('reads dishes one per line with their tags and allergens', () => {
    expect(parseDishes('红烧肉 偏咸 含糖高\n\n虾仁豆腐 含虾')).toEqual([
      { name: '红烧肉', tags: ['salty', 'sweet'], allergens: [] },
      { name: '虾仁豆腐', tags: [], allergens: ['虾'] },
    ])
  })
  it('turns prices typed in 元 into 分', () => {
    const checked = toMenuInput({ day: '2026-12-01', meal: 'lunch', dishes: '清蒸鲈鱼', places: '120', special: '10', senior: '12.5', resident: '15', subsidy: '3' })
    expect(checked.ok && checked.input).toMatchObject({ prices: { special: 1000, senior: 1250, resident: 1500 }, subsidy: 300, places: 120 })
  })
})
