/**
 * The 志愿服务记录证明 as a one-page A4 PDF, written directly (no library, nothing to bundle): the text is set in
 * STSong-Light, one of the standard Chinese fonts every PDF reader provides (Adobe-GB1, UniGB-UCS2-H), so the file
 * stays a few kilobytes and opens in WeChat's document viewer (wx.openDocument) and any browser alike.
 */
import type { ServiceRecord } from '@/shared/domain/party/volunteers'

const PAGE = { width: 595, height: 842, margin: 60 }
const MAX_ROWS = 22

/** UCS-2 big-endian hex of the text (characters beyond the BMP are left out: the CMap has none). */
function hex(text: string): string {
  let out = ''
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0x3f
    if (code > 0xffff) continue
    out += code.toString(16).padStart(4, '0').toUpperCase()
  }
  return `<${out}>`
}

/** Width in em: ASCII is half width in Adobe-GB1, everything else full. */
const widthOf = (text: string) => [...text].reduce((w, ch) => w + ((ch.codePointAt(0) ?? 0) < 0x7f ? 0.5 : 1), 0)

/** Breaks text into lines of at most `em` ems. */
function wrap(text: string, em: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const ch of text) {
    if (widthOf(line + ch) > em) {
      lines.push(line)
      line = ''
    }
    line += ch
  }
  if (line) lines.push(line)
  return lines
}

function clip(text: string, em: number): string {
  if (widthOf(text) <= em) return text
  let out = ''
  for (const ch of text) {
    if (widthOf(`${out + ch}…`) > em) break
    out += ch
  }
  return `${out}…`
}

export function recordPdf(r: ServiceRecord): Buffer {
  const ops: string[] = []
  const at = (x: number, y: number, size: number, text: string) => ops.push(`BT /F1 ${size} Tf ${x.toFixed(1)} ${y.toFixed(1)} Td ${hex(text)} Tj ET`)
  const line = (x1: number, y1: number, x2: number, y2: number) => ops.push(`${x1} ${y1} m ${x2} ${y2} l S`)
  const { width, height, margin } = PAGE
  const inner = width - 2 * margin
  // a border, as certificates have
  ops.push('0.6 0.1 0.1 RG 1.5 w')
  ops.push(`${margin - 20} ${margin - 20} ${inner + 40} ${height - 2 * margin + 40} re S`)
  ops.push('0 0 0 RG 0.5 w')
  let y = height - margin - 30
  at((width - widthOf(r.title) * 26) / 2, y, 26, r.title)
  y -= 26
  at((width - widthOf(`编号：${r.serial}`) * 10) / 2, y, 10, `编号：${r.serial}`)
  y -= 40
  for (const l of wrap(r.statement, inner / 14)) {
    at(margin, y, 14, l)
    y -= 24
  }
  y -= 6
  at(margin, y, 12, `志愿者：${r.name}    志愿者编号：${r.number}`)
  y -= 20
  at(margin, y, 12, `服务期间：${r.periodText}    累计时长：${r.totalText}`)
  y -= 30
  if (r.lines.length) {
    const cols = [margin, margin + 110, margin + 300, margin + 370]
    const heads = ['服务日期', '服务内容', '时长', '核实人']
    heads.forEach((h, i) => {
      at(cols[i], y, 11, h)
    })
    y -= 6
    line(margin, y, width - margin, y)
    y -= 16
    for (const row of r.lines.slice(0, MAX_ROWS)) {
      at(cols[0], y, 10, row.dayText)
      at(cols[1], y, 10, clip(row.title, 180 / 10))
      at(cols[2], y, 10, row.hoursText)
      at(cols[3], y, 10, clip(row.verifiedBy, (width - margin - cols[3]) / 10))
      y -= 18
    }
    if (r.lines.length > MAX_ROWS) {
      at(margin, y, 10, `另有 ${r.lines.length - MAX_ROWS} 次服务，详见志愿服务记录。`)
      y -= 18
    }
  }
  const foot = margin + 40
  at(width - margin - widthOf(r.org) * 12, foot + 24, 12, r.org)
  at(width - margin - widthOf(r.issuedText) * 12, foot, 12, r.issuedText)
  at(margin, margin - 6, 9, '本证明依据《志愿服务条例》出具，记录以经组织核实的服务为准。')
  return assemble(ops.join('\n'))
}

/** The PDF objects, cross-reference table and trailer around one page's content stream. */
function assemble(content: string): Buffer {
  const stream = Buffer.from(content, 'latin1')
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE.width} ${PAGE.height}] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>`,
    `<< /Length ${stream.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 /W [1 95 500] >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ]
  let body = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
  const offsets: number[] = []
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'))
    body += `${i + 1} 0 obj\n${o}\nendobj\n`
  })
  const xref = Buffer.byteLength(body, 'latin1')
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

/** The text a PDF made by recordPdf shows, read back (for tests and checks): its hex strings decoded. */
export function pdfText(pdf: Buffer): string {
  const found = pdf.toString('latin1').match(/<([0-9A-F]{4,})> Tj/g) ?? []
  return found
    .map((t) => {
      const h = t.slice(1, t.indexOf('>'))
      let s = ''
      for (let i = 0; i < h.length; i += 4) s += String.fromCharCode(Number.parseInt(h.slice(i, i + 4), 16))
      return s
    })
    .join('\n')
}
