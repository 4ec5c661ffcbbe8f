import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { type ReactNode, useState } from 'react'
import { ActionButton } from '@/components/action-button'
import { PhotoButton } from '@/components/photo-button'
import { TextField } from '@/components/text-field'
import { callCloud } from '@/services/cloud'
import { EXPORT_PERIODS, employment, type EmployerView, type ExportJobsInput, type JobSummary } from '@/shared/contracts/employment'
import { formatForPeople } from '@/shared/time'
import type { Staff } from '../pages/staff/use-staff'
import { ChoiceChips } from '@/components/choice-chips'
import { ExportButton } from '@/components/export-button'

type Report = Staff['reports']['items'][number]

/** A decision with a reason field: the second button (refuse, take down) needs the reason in words. */
function Decide({ h, reasonLabel, yes, no, onDecide }: { h: Staff; reasonLabel: string; yes: string; no: string; onDecide: (yes: boolean, reason: string) => void }) {
  const [reason, setReason] = useState('')
  return (
    <>
      <TextField label={reasonLabel} value={reason} onChange={setReason} maxLength={200} error={h.fields.reason} />
      <View className='entries'>
        <ActionButton className='primary-button entries__item' disabled={h.busy} onClick={() => onDecide(true, reason)}>
          {yes}
        </ActionButton>
        <ActionButton className='plain-button entries__item' disabled={h.busy} onClick={() => onDecide(false, reason)}>
          {no}
        </ActionButton>
      </View>
    </>
  )
}

function Card({ title, children }: { title: string; children: ReactNode }) {
  return (
    <View className='card'>
      <Text className='card__title'>{title}</Text>
      {children}
    </View>
  )
}

export function EmployerCard({ e, h }: { e: EmployerView; h: Staff }) {
  return (
    <Card title={e.name}>
      <Text className='secondary-text'>统一社会信用代码 {e.creditCode}</Text>
      <Text className='secondary-text'>
        联系人 {e.contactName} {e.contactPhone} · {e.community}
      </Text>
      <Text className='secondary-text'>{formatForPeople(e.submittedAt)} 提交</Text>
      {h.licence?.id === e.id ? (
        h.licence.url ? <PhotoButton url={h.licence.url} urls={[h.licence.url]} label={`${e.name}营业执照`} /> : <Text className='error-text'>执照照片暂时无法打开，请稍后再试</Text>
      ) : (
        <ActionButton className='plain-button spaced' onClick={() => void h.showLicence(e.id)}>
          查看营业执照
        </ActionButton>
      )}
      <Decide h={h} reasonLabel='不予认证的理由（认证时可不填）' yes='认证通过' no='不予认证' onDecide={(yes, reason) => void h.verify(e.id, yes ? 'verify' : 'refuse', reason)} />
    </Card>
  )
}

export function ReviewJobCard({ j, h }: { j: JobSummary; h: Staff }) {
  return (
    <Card title={j.title}>
      <Text className='secondary-text'>
        {j.employerName} · {j.salaryText} · {j.community}
      </Text>
      <ActionButton className='plain-button spaced' onClick={() => Taro.navigateTo({ url: `/centers/employment/pages/job/index?id=${j.id}` })}>
        查看岗位全文
      </ActionButton>
      <Decide h={h} reasonLabel='不通过的理由（通过时可不填）' yes='通过并发布' no='不通过' onDecide={(yes, reason) => void h.reviewJob(j.id, yes ? 'approve' : 'refuse', reason)} />
    </Card>
  )
}

export function ReportCard({ r, h }: { r: Report; h: Staff }) {
  return (
    <Card title={`${r.jobTitle}（${r.employerName}）`}>
      <Text className='secondary-text'>举报理由：{r.reason}</Text>
      <Text className='secondary-text'>{formatForPeople(r.createdAt)} 举报</Text>
      <ActionButton className='plain-button spaced' onClick={() => Taro.navigateTo({ url: `/centers/employment/pages/job/index?id=${r.jobId}` })}>
        查看岗位全文
      </ActionButton>
      <Decide h={h} reasonLabel='处理说明（下架时必填，单位和举报人会看到）' yes='下架岗位' no='举报不成立' onDecide={(yes, reason) => void h.handleReport(r.id, yes ? 'takeDown' : 'dismiss', reason)} />
    </Card>
  )
}

const PERIOD_TEXT: Record<ExportJobsInput['withinDays'], string> = { 30: '近 30 天', 90: '近 90 天', 365: '近一年' }

/** 导出表格: the employers' register and the postings of a period as xlsx; training rosters are on each course. */
export function ExportsCard() {
  const [withinDays, setWithinDays] = useState<ExportJobsInput['withinDays']>(90)
  const periods = EXPORT_PERIODS.map(String) as Array<`${ExportJobsInput['withinDays']}`>
  return (
    <>
      <Card title='用人单位名录'>
        <Text className='secondary-text'>全部登记单位：认证状态与有效期、统一社会信用代码；联系人手机号中间四位隐去。</Text>
        <ExportButton what='单位名录（Excel）' exportSheet={() => callCloud(employment, 'exportEmployers', {})} />
      </Card>
      <Card title='岗位台账'>
        <ChoiceChips label='岗位创建时间' options={periods} text={(p) => PERIOD_TEXT[Number(p) as ExportJobsInput['withinDays']]} isOn={(p) => Number(p) === withinDays} onPick={(p) => setWithinDays(Number(p) as ExportJobsInput['withinDays'])} />
        <ExportButton what='岗位台账（Excel）' exportSheet={() => callCloud(employment, 'exportJobs', { withinDays })} />
      </Card>
      <Card title='岗前培训名单'>
        <Text className='secondary-text'>在中心首页「岗前培训」中打开课程，点「报名名单与签到」即可签到、导出报名名单（Excel）。</Text>
      </Card>
    </>
  )
}
