import { useState } from 'react'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud } from '@/services/cloud'
import { toastDone } from '@/services/dialog'
import type { OutputOf } from '@/shared/contracts/define'
import { eldercare } from '@/shared/contracts/eldercare'
import { pickAndUploadSheet, type UploadedSheet } from '../../services/sheet-upload'

type Report = OutputOf<typeof eldercare, 'importSeniors'>

/** Pick → every row checked (nothing written) → staff confirm → the checked rows written, the rest reported. */
export function useImport() {
  const [sheet, setSheet] = useState<UploadedSheet | null>(null)
  const [report, setReport] = useState<Report | null>(null)
  const submit = useSubmit()
  const pick = () =>
    submit.run(async () => {
      const uploaded = await pickAndUploadSheet()
      if (!uploaded) return
      setSheet(uploaded)
      setReport(await callCloud(eldercare, 'importSeniors', { fileId: uploaded.fileID, kind: uploaded.kind }))
    }, 'pick')
  const confirm = async () => {
    if (!sheet) return
    const outcome = await submit.run(async () => setReport(await callCloud(eldercare, 'importSeniors', { fileId: sheet.fileID, kind: sheet.kind, confirm: true })), 'confirm')
    if (outcome.ok) await toastDone('导入完成')
  }
  return { sheet, report, submit, pick, confirm }
}
