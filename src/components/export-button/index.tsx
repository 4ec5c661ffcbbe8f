import { Text } from '@tarojs/components'
import { useState } from 'react'
import { ActionButton } from '@/components/action-button'
import { useSubmit } from '@/hooks/use-submit'
import { copyText } from '@/services/clipboard'
import { toastDone } from '@/services/dialog'
import { openSpreadsheet } from '@/services/document'

/**
 * 导出表格 (staff exports of any center): writes the table as xlsx (the action answers a link valid for an hour) and opens it — WeChat's
 * document viewer (forward it to the PC) or the browser's download; the link stays on screen as a fallback.
 * `what` is read after 导出 on the button; when it already says Excel (单位名录（Excel）) the button is named by its words alone.
 */
export function ExportButton({ what, exportSheet }: { what: string; exportSheet: () => Promise<{ url: string; rows: number } | null> }) {
  const submit = useSubmit()
  const [fallback, setFallback] = useState<string | null>(null)
  const run = () =>
    submit.run(async () => {
      const sheet = await exportSheet()
      if (!sheet) return
      const opened = await openSpreadsheet(sheet.url).catch(() => null)
      if (opened) {
        setFallback(null)
        await toastDone(`已导出 ${sheet.rows} 行。${opened}`)
        return
      }
      setFallback(sheet.url)
      await toastDone((await copyText(sheet.url)) ? `已导出 ${sheet.rows} 行，下载链接已复制（1 小时内有效）` : `已导出 ${sheet.rows} 行，请长按下方链接复制（1 小时内有效）`)
    }, what)
  return (
    <>
      <ActionButton className='plain-button' disabled={submit.busy} disabledReason='正在导出' label={/Excel/.test(what) ? undefined : `导出${what}为 Excel 表格`} onClick={() => void run()}>
        {submit.busy ? '正在导出…' : `导出${what}`}
      </ActionButton>
      {submit.problem ? <Text className='error-text'>{submit.problem}</Text> : null}
      {fallback ? (
        <Text className='secondary-text' userSelect style={{ display: 'block', wordBreak: 'break-all' }}>
          {fallback}
        </Text>
      ) : null}
    </>
  )
}
