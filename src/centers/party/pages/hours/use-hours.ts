import Taro, { useDidShow } from '@tarojs/taro'
import { useCallback, useState } from 'react'
import { usePagedList } from '@/hooks/use-paged-list'
import { useLoad } from '@/hooks/use-load'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud } from '@/services/cloud'
import { toastDone } from '@/services/dialog'
import { openPdf } from '@/services/document'
import { party } from '@/shared/contracts/party'

/** My hours, the seniors whose time bank I use, my ledger, and the service record. */
export function useHours() {
  const hours = useLoad(() => callCloud(party, 'myHours', {}), [])
  const fetchLedger = useCallback((page: number) => callCloud(party, 'ledger', { page, pageSize: 10 }), [])
  const ledger = usePagedList(fetchLedger)
  // back from registering or the time bank: show what changed
  useDidShow(() => {
    if (hours.data) {
      void hours.reload()
      void ledger.reload()
    }
  })
  const submit = useSubmit()
  const [record, setRecord] = useState<{ url: string; fileName: string; totalText: string } | null>(null)
  const download = async () => {
    let opened = ''
    const done = await submit.run(async () => {
      const r = await callCloud(party, 'serviceRecord', {})
      setRecord({ url: r.url, fileName: r.fileName, totalText: r.totalText })
      opened = await openPdf(r.url, r.fileName)
    }, 'record')
    if (done.ok) await toastDone(opened)
  }
  const go = (page: string) => Taro.navigateTo({ url: `/centers/party/pages/${page}` })
  return { hours, ledger, submit, record, download, go }
}
