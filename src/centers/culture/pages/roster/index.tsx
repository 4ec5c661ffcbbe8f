import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useCallback, useState } from 'react'
import { ActionButton } from '../../../../components/action-button'
import { PagedListView } from '../../../../components/paged-list'
import { Screen } from '../../../../components/screen'
import { TextField } from '../../../../components/text-field'
import { usePagedList } from '../../../../hooks/use-paged-list'
import { useSubmit } from '../../../../hooks/use-submit'
import { callCloud } from '../../../../services/cloud'
import { activities } from '../../../../shared/contracts/activities'

/** The organizer's roster: attendance, check-in by a resident's code, the spreadsheet, and a message to everyone. */
export default function RosterPage() {
  const { params } = useRouter()
  const activityId = params.id ?? ''
  const fetchPage = useCallback((page: number) => callCloud(activities, 'listSignUps', { activityId, page, pageSize: 20 }), [activityId])
  const list = usePagedList(fetchPage)
  const [code, setCode] = useState('')
  const [message, setMessage] = useState('')
  const [done, setDone] = useState<string | null>(null)
  const submit = useSubmit()
  const { busy, fields } = submit
  const result = done ?? submit.problem
  const [exportUrl, setExportUrl] = useState<string | null>(null)

  // `what`: a retry reuses its request id only for the same check-in code or the same notice (see useSubmit)
  const run = async (what: string, action: (requestId: string) => Promise<string>) => {
    setDone(null)
    let said = ''
    if ((await submit.run(async (requestId) => (said = await action(requestId)), what)).ok) setDone(said)
  }

  return (
    <Screen>
      <View className='card'>
        <Text className='card__title'>签到</Text>
        <TextField label='居民签到码' value={code} onChange={setCode} maxLength={6} error={fields.code} placeholder='居民出示的 6 位签到码' />
        <ActionButton
          className='primary-button'
          disabled={busy || code.trim().length !== 6}
          onClick={() =>
            run(`checkIn:${code}`, async (requestId) => {
              const row = await callCloud(activities, 'checkIn', { activityId, code }, { requestId })
              setCode('')
              await list.reload()
              return `${row.name}（${row.seats} 人）签到成功`
            })
          }
        >
          签到
        </ActionButton>
        {result ? <Text className='notice' aria-live='polite'>{result}</Text> : null}
      </View>

      <View className='card'>
        <Text className='card__title'>通知与导出</Text>
        <TextField label='通知内容（20 字以内）' value={message} onChange={setMessage} maxLength={20} error={fields.message} placeholder='如：请提前 10 分钟到场' />
        <View className='actions'>
          <ActionButton
            className='plain-button actions__item'
            disabled={busy || !message.trim()}
            onClick={() => run(`notify:${message}`, async (requestId) => `已通知 ${(await callCloud(activities, 'notifyAttendees', { activityId, message }, { requestId })).notified} 位报名居民`)}
          >
            通知全部报名者
          </ActionButton>
          <ActionButton
            className='plain-button actions__item'
            disabled={busy}
            onClick={() =>
              run('export', async () => {
                const exported = await callCloud(activities, 'exportSignUps', { activityId })
                setExportUrl(exported.url)
                await Taro.setClipboardData({ data: exported.url })
                return `已导出 ${exported.rows} 条记录，下载链接已复制（1 小时内有效）`
              })
            }
          >
            导出名单（Excel）
          </ActionButton>
        </View>
        {exportUrl ? <Text className='secondary-text export-link'>{exportUrl}</Text> : null}
      </View>

      <Text className='section-title'>报名名单</Text>
      <PagedListView list={list} empty={{ text: '还没有人报名' }} keyOf={(r) => r.id}>
        {(r) => (
          <View className='card'>
              <View className='list-row__meta'>
                <Text className='list-row__title'>
                  {r.name}
                  {r.seats > 1 ? `（共 ${r.seats} 人）` : ''}
                </Text>
                <Text className='status-text'>{r.checkedIn ? '已签到' : r.noShow ? '未到' : r.statusText}</Text>
              </View>
              {r.maskedPhone ? <Text className='secondary-text'>{r.maskedPhone}</Text> : null}
              {r.answers.filter((a) => a.answer).map((a) => (
                <Text key={a.question} className='secondary-text' style={{ display: 'block' }}>
                  {a.question}：{a.answer}
                </Text>
              ))}
            </View>
        )}
      </PagedListView>
    </Screen>
  )
}
