import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { TextField } from '@/components/text-field'
import type { JobDetail } from '@/shared/contracts/employment'
import type { JobPage } from '../pages/job/use-job'

/** The seeker's part: apply once (status afterwards), report with a reason. */
export function SeekerActions({ job, p }: { job: JobDetail; p: JobPage }) {
  if (job.status !== 'published') return null
  return (
    <>
      {job.myApplication ? (
        <Text className='notice'>您已投递，当前进度：{job.myApplication.statusText}</Text>
      ) : (
        <>
          <Text className='secondary-text notice-promise'>投递时会请您允许「求职进度通知」：单位查看、邀请面试、录用时，微信会通知您。</Text>
          <ActionButton className='primary-button spaced' disabled={p.busy} onClick={p.apply}>
            {p.busy ? '正在投递…' : '投递简历'}
          </ActionButton>
        </>
      )}
      {p.needsResume ? (
        <ActionButton className='plain-button spaced' onClick={p.resume}>
          去填写我的简历
        </ActionButton>
      ) : null}
      {p.reported ? (
        <View className='card'>
          <Text className='notice'>举报已提交，中心核实后会告诉您结果。</Text>
          <ActionButton className='plain-button spaced' onClick={p.myReports}>
            查看我的举报
          </ActionButton>
        </View>
      ) : p.reporting ? (
        <View className='card'>
          <TextField label='举报理由' multiline value={p.reason} onChange={p.setReason} maxLength={200} error={p.fields.reason} placeholder='如：面试时要求交费、性别限制等' />
          <Text className='secondary-text notice-promise'>提交时会请您允许「举报处理结果通知」：中心核实后，微信会通知您结果。</Text>
          <ActionButton className='plain-button spaced' disabled={p.busy} onClick={p.report}>
            提交举报
          </ActionButton>
        </View>
      ) : (
        <ActionButton className='plain-button spaced' onClick={p.startReport}>
          举报此岗位
        </ActionButton>
      )}
    </>
  )
}

/** The employer's part: why staff refused or took it down, publish, edit, close, applicants. */
export function EmployerActions({ job, p }: { job: JobDetail; p: JobPage }) {
  const open = ['draft', 'reviewing', 'published', 'refused'].includes(job.status)
  return (
    <>
      {job.staffReason ? <Text className='notice'>中心说明：{job.staffReason}</Text> : null}
      {job.status === 'reviewing' ? <Text className='notice'>单位认证后首月发布的岗位，由中心审核后展示。</Text> : null}
      <View className='entries'>
        {job.status === 'draft' || job.status === 'refused' ? (
          <ActionButton className='primary-button entries__item' disabled={p.busy} onClick={p.publish}>
            发布岗位
          </ActionButton>
        ) : null}
        {open ? (
          <ActionButton className='plain-button entries__item' onClick={p.edit}>
            修改
          </ActionButton>
        ) : null}
        <ActionButton className='plain-button entries__item' onClick={p.applicants}>
          查看应聘者{job.applicants ? `（${job.applicants}）` : ''}
        </ActionButton>
        {open ? (
          <ActionButton className='plain-button entries__item' disabled={p.busy} onClick={() => void p.close()}>
            结束招聘
          </ActionButton>
        ) : null}
      </View>
    </>
  )
}
