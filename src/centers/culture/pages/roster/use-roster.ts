import { useRouter } from '@tarojs/taro'
import { useCallback, useState } from 'react'
import { usePagedList } from '@/hooks/use-paged-list'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud, invalidInput } from '@/services/cloud'
import { copyText } from '@/services/clipboard'
import { openSpreadsheet } from '@/services/document'
import { activities } from '@/shared/contracts/activities'
import { problems, toCheckInInput, toNoticeInput } from './draft'

/** The organizer's roster: the sign-ups a page at a time, check-in by code, a notice to everyone, the export. */
export function useRoster() {
  const { params } = useRouter()
  const activityId = params.id ?? ''
  const fetchPage = useCallback((page: number) => callCloud(activities, 'listSignUps', { activityId, page, pageSize: 20 }), [activityId])
  const list = usePagedList(fetchPage)
  const [code, setCode] = useState('')
  const [message, setMessage] = useState('')
  const [done, setDone] = useState<string | null>(null)
  const submit = useSubmit()
  const [exportUrl, setExportUrl] = useState<string | null>(null)

  // `what`: a retry reuses its request id only for the same check-in code or the same notice (see useSubmit)
  const run = async (what: string, action: (requestId: string) => Promise<string>) => {
    setDone(null)
    let said = ''
    if ((await submit.run(async (requestId) => (said = await action(requestId)), what)).ok) setDone(said)
  }
  const checked = <T extends Parameters<typeof problems>[0]>(input: T) => {
    const fields = problems(input)
    if (Object.keys(fields).length) throw invalidInput(fields)
    return input
  }

  return {
    list,
    code,
    setCode,
    message,
    setMessage,
    exportUrl,
    busy: submit.busy,
    fields: submit.fields,
    /** what the last action did, or why it failed — once: a wrong code is said under the code field only */
    result: done ?? (Object.values(submit.fields).some(Boolean) ? null : submit.problem),
    checkIn: () =>
      run(`checkIn:${code}`, async (requestId) => {
        const row = await callCloud(activities, 'checkIn', checked(toCheckInInput(activityId, code)), { requestId })
        setCode('')
        await list.reload()
        return `${row.name}（${row.seats} 人）签到成功`
      }),
    notify: () =>
      run(`notify:${message}`, async (requestId) => `已通知 ${(await callCloud(activities, 'notifyAttendees', checked(toNoticeInput(activityId, message)), { requestId })).notified} 位报名居民`),
    copyLink: () =>
      run('copy', async () => ((await copyText(exportUrl ?? '')) ? '下载链接已复制（1 小时内有效）' : '链接未能自动复制，请长按链接复制')),
    exportList: () =>
      run('export', async () => {
        const exported = await callCloud(activities, 'exportSignUps', { activityId })
        setExportUrl(exported.url)
        // opened in WeChat (forward it to the PC) or downloaded in the browser; the link below stays as the fallback
        const opened = await openSpreadsheet(exported.url).catch(() => null)
        if (opened) return `已导出 ${exported.rows} 条记录。${opened}`
        // the export has succeeded: a refused clipboard (privacy guide declined) only means copying by hand
        if (await copyText(exported.url)) return `已导出 ${exported.rows} 条记录，表格没能直接打开，下载链接已复制（1 小时内有效）`
        return `已导出 ${exported.rows} 条记录。表格没能直接打开，请长按下方链接复制（1 小时内有效）`
      }),
  }
}
