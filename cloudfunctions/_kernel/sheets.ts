/**
 * Staff spreadsheets: exports that open cleanly in Excel and WPS (xlsx, Chinese headers, frozen header row),
 * and imports of the xlsx or CSV files staff already keep. Times are written as text already formatted in
 * Asia/Shanghai: an Excel date cell has no time zone, and staff read the sheet, they do not compute on it.
 */
import { randomBytes } from 'node:crypto'
import { Readable } from 'node:stream'
import type ExcelJS from 'exceljs'
import { cloud } from './cloud'
import { AppError } from './errors'
import { fileLinks } from './files'

const excel = async () => (await import('exceljs')).default

export interface SheetColumn<T> {
  header: string
  /** width in characters; Chinese text takes two */
  width?: number
  value: (row: T) => string | number | null | undefined
}

export interface SheetSpec<T> {
  /** the tab name, e.g. 报名名单 */
  name: string
  columns: ReadonlyArray<SheetColumn<T>>
  rows: readonly T[]
}

/** The workbook as bytes (one sheet). */
export async function sheetBytes<T>({ name, columns, rows }: SheetSpec<T>): Promise<Buffer> {
  const book = new (await excel()).Workbook()
  const sheet = book.addWorksheet(name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width ?? Math.max(10, c.header.length * 2 + 2) }))
  sheet.getRow(1).font = { bold: true }
  for (const row of rows) sheet.addRow(columns.map((c) => c.value(row) ?? ''))
  return Buffer.from(await book.xlsx.writeBuffer())
}

/**
 * Writes the sheet to cloud storage under exports/<folder>/ (a random name nobody can guess) and answers a
 * link valid for an hour. Only for callers the action has already allowed to see every row.
 */
export async function exportSheet<T>(folder: string, spec: SheetSpec<T>, now: Date): Promise<{ url: string; rows: number }> {
  const cloudPath = `exports/${folder}/${now.getTime()}-${randomBytes(16).toString('hex')}.xlsx`
  const { fileID } = await cloud.uploadFile({ cloudPath, fileContent: await sheetBytes(spec) })
  const [url] = await fileLinks([fileID], 3600)
  return { url, rows: spec.rows.length }
}

export interface ReadSheet {
  headers: string[]
  /**
   * each data row by header, trimmed text; the spreadsheet's own row number for messages ("第 3 行"); `rounded`:
   * the headers whose cell is a number longer than Excel keeps (an ID number typed into a number cell has lost
   * its last digits — the text shown is not what was typed)
   */
  rows: Array<{ line: number; cells: Record<string, string>; rounded: string[] }>
}

/** Excel keeps 15 significant digits: an integer of 16 or more digits in a number cell was rounded when typed. */
const EXACT_DIGITS = 1e15

const numberOf = (value: ExcelJS.CellValue): number | null => {
  if (typeof value === 'number') return value
  if (value && typeof value === 'object' && 'result' in value && typeof value.result === 'number') return value.result
  return null
}

/** A number as its digits (never 1.2e+21 or 13905310001.0000002): phone and ID columns are read as text. */
const numberText = (n: number): string => (Number.isInteger(n) ? BigInt(n).toString() : String(n))

const cellText = (value: ExcelJS.CellValue): string => {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value === 'number') return numberText(value)
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('')
    if ('text' in value) return String(value.text)
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue)
    return ''
  }
  return String(value)
}

/**
 * The first sheet of an xlsx or CSV file (UTF-8, with or without BOM) as rows keyed by the header row.
 * Blank rows are skipped. A file that is not a spreadsheet is INVALID_INPUT naming the field.
 */
export async function readSheet(bytes: Buffer, kind: 'xlsx' | 'csv', field = 'fileId'): Promise<ReadSheet> {
  const book = new (await excel()).Workbook()
  let sheet: ExcelJS.Worksheet | undefined
  try {
    if (kind === 'xlsx') {
      await book.xlsx.load(bytes as unknown as ArrayBuffer)
      sheet = book.worksheets[0]
    } else {
      const text = bytes.toString('utf8').replace(/^\ufeff/, '')
      // cells stay text: exceljs would turn an 18-digit ID number into a float and lose its last digits
      sheet = await book.csv.read(Readable.from([text]), { map: (datum: string) => datum } as never)
    }
  } catch {
    throw new AppError('INVALID_INPUT', '无法读取这个文件，请上传 Excel（.xlsx）或 CSV 文件', { [field]: '文件不是有效的 Excel 或 CSV 表格' })
  }
  if (!sheet || sheet.rowCount === 0) throw new AppError('INVALID_INPUT', '表格是空的，请检查后重新上传', { [field]: '表格是空的' })
  const headers = ((sheet.getRow(1).values as ExcelJS.CellValue[]) ?? []).slice(1).map((v) => cellText(v).trim())
  const rows: ReadSheet['rows'] = []
  sheet.eachRow((row, line) => {
    if (line === 1) return
    const values = (row.values as ExcelJS.CellValue[]).slice(1)
    const cells: Record<string, string> = {}
    const rounded: string[] = []
    headers.forEach((h, i) => {
      if (!h) return
      cells[h] = cellText(values[i]).trim()
      const n = numberOf(values[i])
      if (n !== null && Math.abs(n) >= EXACT_DIGITS) rounded.push(h)
    })
    if (Object.values(cells).some((v) => v)) rows.push({ line, cells, rounded })
  })
  return { headers, rows }
}
