/**
 * The 志愿服务记录证明 as a one-page A4 PDF, made with pdfkit. Its text is set in Noto Sans SC (SIL Open Font License
 * 1.1), embedded in the file as a subset of just the glyphs the page uses (a TrueType FontFile2 of some 20–40 KB):
 * phone viewers that draw no Chinese font of their own (wx.openDocument on Android opens the system/TBS viewer,
 * which shows a font the file does not carry as blanks or boxes) show the certificate as a browser does.
 *
 * The font file travels with the function: scripts/bundle-functions.ts copies it (and its licence) to fonts/ beside
 * the bundled index.js. pdfkit is one of the libraries the cloud installs on deploy, loaded only when a record is made.
 */
import { join } from 'node:path'
import type { ServiceRecord } from '@/shared/domain/party/volunteers'

/** beside the bundled index.js (scripts/bundle-functions.ts, SHIPPED) */
export const RECORD_FONT = join(__dirname, 'fonts', 'NotoSansSC-Regular.ttf')

const A4 = { width: 595.28, height: 841.89 }
const MARGIN = 60
const MAX_ROWS = 22
/** the border's colour, a certificate's dark red */
const RED = '#991a1a'

export async function recordPdf(r: ServiceRecord, font = RECORD_FONT): Promise<Buffer> {
  const { default: PDFDocument } = await import('pdfkit')
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    // the only font the document loads: no standard (non-embedded) font is set up behind it
    font,
    pdfVersion: '1.4',
    lang: 'zh-CN',
    displayTitle: true,
    info: { Title: `${r.title}（${r.name}）`, Author: r.org, Subject: `${r.title} ${r.serial}` },
  })
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })

  const { width, height } = A4
  const inner = width - 2 * MARGIN
  const widthOf = (text: string, size: number) => doc.fontSize(size).widthOfString(text)
  /** one line of text whose baseline is `base` points from the top */
  const at = (x: number, base: number, size: number, text: string) => {
    doc.fontSize(size).text(text, x, base, { lineBreak: false, baseline: 'alphabetic' })
  }
  /** the text cut with … to fit `room` points */
  const clip = (text: string, size: number, room: number) => {
    if (widthOf(text, size) <= room) return text
    const chars = [...text]
    while (chars.length && widthOf(`${chars.join('')}…`, size) > room) chars.pop()
    return `${chars.join('')}…`
  }

  // a border, as certificates have
  doc.lineWidth(1.5).strokeColor(RED).rect(MARGIN - 20, MARGIN - 20, inner + 40, height - 2 * MARGIN + 40).stroke()
  doc.lineWidth(0.5).strokeColor('black').fillColor('black')

  let y = MARGIN + 30
  at((width - widthOf(r.title, 26)) / 2, y, 26, r.title)
  y += 26
  const serial = `编号：${r.serial}`
  at((width - widthOf(serial, 10)) / 2, y, 10, serial)
  y += 40
  // the statement, wrapped by pdfkit's line breaker (between any two Chinese characters, never inside a number)
  doc.fontSize(14)
  doc.text(r.statement, MARGIN, y, { width: inner, baseline: 'alphabetic', lineGap: 24 - doc.currentLineHeight() })
  y = doc.y + 6
  at(MARGIN, y, 12, `志愿者：${r.name}    志愿者编号：${r.number}`)
  y += 20
  at(MARGIN, y, 12, `服务期间：${r.periodText}    累计时长：${r.totalText}`)
  y += 30
  if (r.lines.length) {
    const cols = [MARGIN, MARGIN + 110, MARGIN + 300, MARGIN + 370]
    const heads = ['服务日期', '服务内容', '时长', '核实人']
    heads.forEach((h, i) => {
      at(cols[i], y, 11, h)
    })
    y += 6
    doc
      .moveTo(MARGIN, y)
      .lineTo(width - MARGIN, y)
      .stroke()
    y += 16
    for (const row of r.lines.slice(0, MAX_ROWS)) {
      at(cols[0], y, 10, row.dayText)
      at(cols[1], y, 10, clip(row.title, 10, cols[2] - cols[1] - 10))
      at(cols[2], y, 10, row.hoursText)
      at(cols[3], y, 10, clip(row.verifiedBy, 10, width - MARGIN - cols[3]))
      y += 18
    }
    if (r.lines.length > MAX_ROWS) at(MARGIN, y, 10, `另有 ${r.lines.length - MAX_ROWS} 次服务，详见志愿服务记录。`)
  }
  const foot = height - MARGIN - 40
  at(width - MARGIN - widthOf(r.org, 12), foot - 24, 12, r.org)
  at(width - MARGIN - widthOf(r.issuedText, 12), foot, 12, r.issuedText)
  at(MARGIN, height - MARGIN + 6, 9, '本证明依据《志愿服务条例》出具，记录以经组织核实的服务为准。')
  doc.end()
  return done
}
