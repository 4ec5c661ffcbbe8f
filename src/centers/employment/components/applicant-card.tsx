import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ActionButton } from '@/components/action-button'
import { DateTimeField } from '@/components/datetime-field'
import { TextField } from '@/components/text-field'
import type { ApplicantView } from '@/shared/contracts/employment'
import { MOVE_TEXT } from '@/shared/domain/employment/applications'
import { EMPLOYMENT_TYPE_TEXT } from '@/shared/domain/employment/postings'
import { formatForPeople } from '@/shared/time'
import type { Applicants } from '../pages/applicants/use-applicants'

/** One applicant: the résumé as sent, the step, and the employer's next moves (an interview asks time and place). */
export function ApplicantCard({ a, h }: { a: ApplicantView; h: Applicants }) {
  const [inviting, setInviting] = useState(false)
  const [at, setAt] = useState('')
  const [place, setPlace] = useState('')
  const p = a.profile
  return (
    <View className='card'>
      <Text className='card__title'>
        {p.name} · {p.education}
      </Text>
      <Text className='status-text'>进度：{a.statusText}</Text>
      {a.status === 'interview' && a.interviewAt ? <Text className='secondary-text'>面试：{formatForPeople(a.interviewAt)}，{a.interviewPlace}</Text> : null}
      <Text className='secondary-text'>手机：{p.phone}</Text>
      <Text className='secondary-text'>经历：{p.experience}</Text>
      {p.skills.length ? <Text className='secondary-text'>技能：{p.skills.join('、')}</Text> : null}
      <Text className='secondary-text'>
        意向：{p.desiredJob}
        {p.desiredTypes.length ? `（${p.desiredTypes.map((t) => EMPLOYMENT_TYPE_TEXT[t]).join('、')}）` : ''}
      </Text>
      {p.groupTags.length ? <Text className='secondary-text'>群体：{p.groupTags.join('、')}</Text> : null}
      <Text className='secondary-text'>{formatForPeople(a.appliedAt, false)} 投递</Text>
      {inviting ? (
        <>
          <DateTimeField label='面试时间' value={at} onChange={setAt} error={h.fields.interviewAt} />
          <TextField label='面试地点' value={place} onChange={setPlace} maxLength={80} error={h.fields.interviewPlace} />
          <ActionButton className='primary-button spaced' disabled={h.busy} onClick={() => void h.move({ applicationId: a.id, move: 'interview', interviewAt: at || undefined, interviewPlace: place })}>
            发送面试邀请
          </ActionButton>
        </>
      ) : null}
      <View className='entries'>
        {a.moves.map((m) =>
          m === 'interview' && inviting ? null : (
            <ActionButton key={m} className={m === 'interview' ? 'primary-button entries__item' : 'plain-button entries__item'} disabled={h.busy} onClick={() => (m === 'interview' ? setInviting(true) : void h.move({ applicationId: a.id, move: m }))}>
              {MOVE_TEXT[m]}
            </ActionButton>
          ),
        )}
      </View>
    </View>
  )
}
