/**
 * A PDF read back as a reader sees it: its text through pdf.js (by way of pdf-parse), and the fonts its pages are
 * set in, each with whether the file carries the font program (a FontFile, FontFile2 or FontFile3 in its
 * descriptor). A font a PDF names but does not carry is drawn by whatever the viewer has: on a phone often nothing.
 */
import { spawn } from 'node:child_process'
import { join } from 'node:path'

export interface PdfFont {
  /** the BaseFont, e.g. "ABCDEF+NotoSansSC-Regular" (the six letters and + mark a subset) */
  name: string
  subtype: string
  embedded: boolean
}

export interface ReadPdf {
  /** the text of every page, line by line */
  text: string
  pages: number
  /** the PDF version from its header, e.g. "1.4" */
  version: string
  fonts: PdfFont[]
}

export async function readPdf(pdf: Buffer): Promise<ReadPdf> {
  const { text, pages } = await pdfJs(pdf)
  return { text, pages, version: pdf.subarray(5, 8).toString('latin1'), fonts: fontsOf(pdf) }
}

/** pdf.js's reading of the file, from a node process of its own (read-pdf.mjs says why) */
function pdfJs(pdf: Buffer): Promise<{ text: string; pages: number }> {
  return new Promise((resolve, reject) => {
    const reader = spawn(process.execPath, [join(__dirname, 'read-pdf.mjs')], { stdio: ['pipe', 'pipe', 'pipe'] })
    const out: Buffer[] = []
    const err: Buffer[] = []
    reader.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    reader.stderr.on('data', (chunk: Buffer) => err.push(chunk))
    reader.on('error', reject)
    reader.on('close', (code) => {
      if (code === 0) resolve(JSON.parse(Buffer.concat(out).toString('utf8')))
      else reject(new Error(`pdf.js could not read the PDF: ${Buffer.concat(err).toString('utf8')}`))
    })
    reader.stdin.end(pdf)
  })
}

/**
 * The simple and descendant fonts among the file's objects (not the Type0 wrappers, which carry no program of their
 * own). Object dictionaries are plain text in a PDF without object streams, as PDF 1.4 files are.
 */
function fontsOf(pdf: Buffer): PdfFont[] {
  const objects = new Map<number, string>()
  for (const m of pdf.toString('latin1').matchAll(/(\d+) 0 obj\s*(<<[\s\S]*?>>)\s*(?:stream|endobj)/g)) objects.set(Number(m[1]), m[2])
  const fonts: PdfFont[] = []
  for (const dict of objects.values()) {
    if (!/\/Type\s*\/Font\b(?!Descriptor)/.test(dict)) continue
    const subtype = /\/Subtype\s*\/(\w+)/.exec(dict)?.[1] ?? ''
    if (subtype === 'Type0') continue
    const descriptor = /\/FontDescriptor\s+(\d+)\s+0\s+R/.exec(dict)
    const program = descriptor ? objects.get(Number(descriptor[1])) : undefined
    fonts.push({ name: /\/BaseFont\s*\/([^\s/<>[\]]+)/.exec(dict)?.[1] ?? '', subtype, embedded: !!program && /\/FontFile[23]?\s+\d+\s+0\s+R/.test(program) })
  }
  return fonts
}
