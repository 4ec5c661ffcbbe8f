import { EMPTY_AID, fromReturned, problems, showsHardship, toAidInput } from '@/centers/legal/pages/apply/draft'
import { missingList } from '@/centers/legal/pages/aid/draft'
import { answer, back, completed, nextPage, progressText, START } from '@/centers/legal/pages/check/draft'

describe('the eligibility walk', () => {
  it('asks one question per screen and is complete after the third answer', () => {
    let w = answer(START, 'migrant')
    expect(progressText(w)).toBe('第 2 / 3 题')
    w = answer(answer(w, 'wages'), 'notFiled')
    expect(completed(w)).toEqual({ who: 'migrant', matter: 'wages', stage: 'notFiled' })
  })

  it('goes back a question keeping the answers given', () => {
    const w = back(answer(START, 'elderly'))
    expect(w).toEqual({ step: 0, answers: { who: 'elderly' } })
    expect(completed(w)).toBeNull()
  })

  it('carries the answers into the application form', () => {
    expect(nextPage('aid', { who: 'migrant', matter: 'wages', stage: 'notFiled' }, 'exempt')).toBe('/centers/legal/pages/apply/index?who=migrant&matter=wages&stage=notFiled&hardship=exempt')
  })
})

describe('the legal-aid form', () => {
  const filled = { ...EMPTY_AID, name: '王秀兰', idNumber: '11010519491231002X', phone: '13912345678', who: 'migrant' as const, matter: 'wages' as const, stage: 'notFiled' as const, summary: '欠薪', opposingName: '某公司' }

  it('leaves out the hardship declaration for a migrant worker owed wages', () => {
    expect(showsHardship(filled)).toBe(false)
    expect(toAidInput(filled).hardship).toBeUndefined()
    expect(problems(toAidInput(filled))).toEqual({})
  })

  it('asks a senior with a fixed income for the declaration, with numbers typed as digits', () => {
    const senior = { ...filled, who: 'elderly' as const, matter: 'support' as const }
    expect(showsHardship(senior)).toBe(true)
    expect(showsHardship({ ...senior, noFixedIncome: true })).toBe(false)
    const input = toAidInput({ ...senior, householdSize: '2', monthlyIncome: 'abc', statement: '退休金低' })
    expect(input.hardship).toMatchObject({ householdSize: 2, statement: '退休金低' })
    expect(Object.keys(problems(input))).toEqual(['hardship.monthlyIncome'])
  })

  it('says a mistyped ID number is wrong before sending', () => {
    expect(problems(toAidInput({ ...filled, idNumber: '110105194912310021' }))).toEqual({ idNumber: '身份证号不正确，请核对后重新填写' })
  })

  it('brings back a returned application with its photos, the ID number to be typed again', () => {
    const d = fromReturned({ applicantName: '王秀兰', phone: '13912345678', who: 'migrant', matter: 'wages', stage: 'notFiled', summary: '欠薪', opposingName: '某公司', opposingContact: null, noFixedIncome: false, hardship: null, materialFiles: ['cloud://a/1.jpg'], materialUrls: ['http://x/1.jpg'] })
    expect(d).toMatchObject({ name: '王秀兰', phone: '13912345678', idNumber: '', photos: [{ file: 'cloud://a/1.jpg', url: 'http://x/1.jpg' }] })
    expect(toAidInput(d, 'app-1').applicationId).toBe('app-1')
  })

  it('reads the missing materials staff type, one per line or separated by 、', () => {
    expect(missingList('劳动合同、工资条\n 考勤记录 \n\n')).toEqual(['劳动合同', '工资条', '考勤记录'])
  })
})
