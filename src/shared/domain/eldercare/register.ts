/**
 * A community's senior register (老人名册) as staff keep it in Excel: which column is which field. Pure: a row
 * of cells becomes the input a record is checked with; the check itself is the contract's.
 */
import { SUBSIDY_LABEL, type SubsidyCategory } from './meals'
import { fromIdNumber, validIdNumber } from './seniors'

export const REGISTER_HEADERS = ['姓名', '身份证号', '性别', '出生日期', '社区', '楼栋', '单元', '房间', '电话', '居住情况', '行动能力', '饮食需要', '过敏', '补贴类别', '紧急联系人', '紧急联系电话', '健康备注'] as const

const pickOf = <T extends string>(table: Record<string, T>, text: string, fallback: T): T => {
  const hit = Object.entries(table).find(([word]) => text.includes(word))
  return hit ? hit[1] : fallback
}

const LIVING: Record<string, 'alone' | 'spouse' | 'family'> = { 独居: 'alone', 配偶: 'spouse', 老伴: 'spouse', 子女: 'family', 家人: 'family' }
const MOBILITY: Record<string, 'independent' | 'assisted' | 'wheelchair' | 'bedridden'> = { 卧床: 'bedridden', 轮椅: 'wheelchair', 搀扶: 'assisted', 半自理: 'assisted', 自理: 'independent' }
const SUBSIDY: Record<string, SubsidyCategory> = { 低保: 'dibao', 特困: 'dibao', 失能: 'disabled', 高龄: 'aged80', '80': 'aged80', 其他: 'other' }

/** Columns that hold digits as text: a number cell there may have lost digits. */
const DIGIT_COLUMNS = ['身份证号', '电话', '紧急联系电话'] as const

/**
 * Why a row cannot be trusted as read, or null: a long number typed into an Excel number cell keeps only 15
 * digits (370102194803122344 becomes 370102194803122000, shown as 3.70102E+17) — saving it would record the
 * wrong person.
 */
export function roundedRefusal(rounded: readonly string[], cells: Record<string, string> = {}): string | null {
  // a CSV saved from Excel writes what the cell showed: 3.70102E+17
  const column = DIGIT_COLUMNS.find((c) => rounded.includes(c) || /^\d(\.\d+)?E\+?\d+$/i.test((cells[c] ?? '').trim()))
  if (!column) return null
  return `${column}：表格把它存成了数字，后几位已丢失（Excel 只保留 15 位）。请把「${column}」列设为文本格式，重新填写后再导入`
}

/** The record input a register row states (unchecked): birth date and gender fall back to the ID number's. */
export function registerRow(cells: Record<string, string>): Record<string, unknown> {
  const cell = (header: string) => cells[header] ?? ''
  const id = (cell('身份证号')).replace(/\s/g, '').toUpperCase()
  const fromId = validIdNumber(id) ? fromIdNumber(id) : null
  const gender = cell('性别') === '男' ? 'male' : cell('性别') === '女' ? 'female' : fromId?.gender
  const diet = cell('饮食需要')
  const contact = cell('紧急联系人') && cell('紧急联系电话') ? [{ name: cell('紧急联系人'), phone: cell('紧急联系电话'), relation: '紧急联系人' }] : []
  const subsidyText = cell('补贴类别')
  return {
    name: cell('姓名'),
    idNumber: id || null,
    gender,
    birthDate: (cell('出生日期') || fromId?.birthDate || '').replace(/[./年月]/g, '-').replace(/日$/, ''),
    community: cell('社区'),
    building: cell('楼栋'),
    unit: cell('单元'),
    room: cell('房间'),
    phone: cell('电话') || null,
    living: pickOf(LIVING, cell('居住情况'), 'family'),
    mobility: pickOf(MOBILITY, cell('行动能力'), 'independent'),
    diet: { diabetic: /糖尿病|低糖/.test(diet), lowSalt: /低盐|少盐|高血压/.test(diet), softFood: /软食|流食/.test(diet), allergies: cell('过敏') },
    subsidy: !subsidyText || subsidyText === SUBSIDY_LABEL.none ? 'none' : pickOf(SUBSIDY, subsidyText, 'other'),
    contacts: contact,
    healthNotes: cell('健康备注'),
  }
}
