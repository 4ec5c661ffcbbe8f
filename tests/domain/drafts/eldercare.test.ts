import { linkInput } from '@/centers/eldercare/pages/index/draft'
import { parseDishes, toMenuInput } from '@/centers/eldercare/pages/menu/draft'
import { initialDraft, toggleWeekday, toInput } from '@/centers/eldercare/pages/order/draft'
import { addContact, BLANK_SENIOR, fromSaved, removeContact, toSeniorInput, withContact, withIdNumber } from '@/centers/eldercare/pages/senior/draft'

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
  const wang = { ...withIdNumber(BLANK_SENIOR, '370102194803122344'), name: '王秀兰', community: '黄河西路第二社区' as const, building: '5号楼', room: '302' }
  it('sends the emergency contacts filled in, leaving out a row left blank', () => {
    let d = addContact(addContact(wang))
    d = withContact(withContact(withContact(d, 1, 'name', '李秀梅'), 1, 'phone', '139-0531 0005'), 1, 'relation', '邻居')
    const checked = toSeniorInput(d, false)
    expect(checked.ok && checked.input.contacts).toEqual([{ name: '李秀梅', phone: '13905310005', relation: '邻居' }])
  })
  it('names the row on screen whose contact is wrong, even after a blank row', () => {
    const d = withContact(withContact(addContact(addContact(wang)), 1, 'name', '李秀梅'), 1, 'phone', '1390531')
    const checked = toSeniorInput(d, false)
    expect(!checked.ok && checked.fields).toMatchObject({ 'contacts.1.phone': '请填写 11 位手机号', 'contacts.1.relation': expect.any(String) })
  })
  it('keeps at most three contacts and removes the one asked', () => {
    const d = addContact(addContact(addContact(addContact(wang))))
    expect(d.contacts).toHaveLength(3)
    expect(removeContact(withContact(d, 0, 'name', '甲某某'), 0).contacts).toHaveLength(2)
  })
  it('keeps the saved contacts when a record is opened for editing', () => {
    const saved = { name: '王秀兰', idNumber: null, gender: '女', birthDate: '1948-03-12', community: '黄河西路第二社区', unit: '', building: '5号楼', room: '302', phoneFull: null, living: 'alone', mobility: 'independent', dietNeeds: { diabetic: false, lowSalt: false, softFood: false, allergies: '' }, subsidy: 'none', healthNotes: '', contacts: [{ name: '张晓燕', phone: '13905310002', relation: '女儿' }] }
    expect(fromSaved(saved as never).contacts).toEqual([{ name: '张晓燕', phone: '13905310002', relation: '女儿' }])
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
