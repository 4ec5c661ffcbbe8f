import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ActionButton } from '@/components/action-button'
import { useSubmit } from '@/hooks/use-submit'
import { openSpreadsheet } from '@/services/document'

/**
 * 导出（Excel）: asks the function for the xlsx, opens it (WeChat's document viewer, whose menu forwards it to
 * the PC; the browser downloads it) and says how many rows it holds. The link stays below as the fallback.
 */
export function ExportButton({ label, exportSheet }: { label: string; exportSheet: () => Promise<{ url: string; rows: number }> }) {
  const sending = useSubmit()
  const [said, setSaid] = useState<string | null>(null)
  const [url, setUrl] = useState<string | null>(null)
  const run = () =>
    sending.run(async () => {
      setSaid(null)
      const exported = await exportSheet()
      setUrl(exported.url)
      const opened = await openSpreadsheet(exported.url).catch(() => null)
      setSaid(`已导出 ${exported.rows} 条记录。${opened ?? '表格没能直接打开，请长按下方链接复制到电脑浏览器下载（1 小时内有效）'}`)
    }, 'export')
  return (
    <View>
      <ActionButton className='plain-button spaced' disabled={sending.busy} onClick={run}>
        {sending.busy ? '正在导出…' : label}
      </ActionButton>
      {said ? <Text className='notice' aria-live='polite'>{said}</Text> : null}
      {sending.problem ? <Text className='error-text' aria-live='assertive'>{sending.problem}</Text> : null}
      {url ? (
        <Text className='secondary-text export-link' userSelect>
          下载链接（1 小时内有效）：{url}
        </Text>
      ) : null}
    </View>
  )
}
