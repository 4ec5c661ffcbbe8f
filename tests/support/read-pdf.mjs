// Reads the PDF on standard input with pdf-parse (pdf.js) and prints its text and page count as JSON.
// tests/support/pdf.ts runs this as a node process of its own: pdf.js starts its worker with a dynamic import(),
// which jest's module system refuses (without --experimental-vm-modules).
import { PDFParse } from 'pdf-parse'

const chunks = []
for await (const chunk of process.stdin) chunks.push(chunk)
const parser = new PDFParse({ data: Buffer.concat(chunks) })
try {
  const result = await parser.getText()
  process.stdout.write(JSON.stringify({ text: result.text, pages: result.total }))
} finally {
  await parser.destroy()
}
