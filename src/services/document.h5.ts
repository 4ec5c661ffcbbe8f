/** Browser: a spreadsheet link (an export) is downloaded as a file the browser saves or opens in Excel/WPS. */

/** Starts the download of the xlsx at `url`; answers what the person sees now, in words. */
export async function openSpreadsheet(url: string): Promise<string> {
  const link = document.createElement('a')
  link.href = url
  link.download = ''
  link.rel = 'noopener'
  document.body.appendChild(link)
  link.click()
  link.remove()
  return '表格已开始下载，可用 Excel 或 WPS 打开'
}

/** Starts the download of the PDF at `url` under `fileName`; answers what the person sees now, in words. */
export async function openPdf(url: string, fileName: string): Promise<string> {
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  document.body.appendChild(link)
  link.click()
  link.remove()
  return '证明已开始下载（PDF），可打印或发给需要的单位'
}
