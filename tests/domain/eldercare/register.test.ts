import { roundedRefusal } from '@/shared/domain/eldercare/register'

describe('a register row Excel has rounded', () => {
  it('refuses an ID number that was a long number in an Excel cell, saying what to do', () => {
    expect(roundedRefusal(['身份证号'])).toBe('身份证号：表格把它存成了数字，后几位已丢失（Excel 只保留 15 位）。请把「身份证号」列设为文本格式，重新填写后再导入')
  })

  it('refuses an ID number a CSV saved from Excel wrote as 3.70102E+17', () => {
    expect(roundedRefusal([], { 身份证号: '3.70102E+17' })).toContain('身份证号：表格把它存成了数字')
    expect(roundedRefusal([], { 身份证号: '3.70102e17' })).toContain('身份证号：表格把它存成了数字')
  })

  it('lets a row through whose digits came as text', () => {
    expect(roundedRefusal([], { 身份证号: '37010219480312234X', 电话: '13905310001' })).toBeNull()
    expect(roundedRefusal(['健康备注'])).toBeNull()
  })
})
