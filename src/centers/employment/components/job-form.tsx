import { Text } from '@tarojs/components'
import { TextField } from '@/components/text-field'
import { COMMUNITIES } from '@/shared/domain/communities'
import { EDUCATION_LEVELS, EMPLOYMENT_TYPE_TEXT, EMPLOYMENT_TYPES, SALARY_UNIT_TEXT, SALARY_UNITS, SUITABILITY_TAGS } from '@/shared/domain/employment/postings'
import { dayLabel } from '@/shared/time'
import { VALIDITY_CHOICES, validFor } from '../pages/editor/draft'
import type { Editor } from '../pages/editor/use-editor'
import { toggled } from '../pages/resume/draft'
import { ChoiceChips } from '@/components/choice-chips'

/** Every field the posting rule requires, with the rule check's messages (offending words named) under each. */
export function JobForm({ e }: { e: Editor }) {
  const d = e.draft
  const f = e.fields
  const until = dayLabel(d.validThrough)
  return (
    <>
      <TextField label='岗位名称' value={d.title} onChange={(title) => e.change({ title })} maxLength={30} error={f.title} placeholder='如：小区保洁员' />
      <TextField label='岗位职责' multiline value={d.description} onChange={(description) => e.change({ description })} maxLength={1000} error={f.description} />
      <ChoiceChips label='学历要求' options={EDUCATION_LEVELS} isOn={(x) => d.education === x} onPick={(education) => e.change({ education })} />
      <TextField label='任职要求（经验、技能）' multiline value={d.experience} onChange={(experience) => e.change({ experience })} maxLength={500} error={f.experience} />
      <ChoiceChips label='用工形式' options={EMPLOYMENT_TYPES} text={(t) => EMPLOYMENT_TYPE_TEXT[t]} isOn={(t) => d.employmentType === t} onPick={(employmentType) => e.change({ employmentType })} />
      <TextField label='招聘人数' value={d.openings} onChange={(openings) => e.change({ openings })} maxLength={3} error={f.openings} />
      <TextField label='工作地点' value={d.address} onChange={(address) => e.change({ address })} maxLength={80} error={f.address} />
      <ChoiceChips label='所在社区' options={COMMUNITIES} isOn={(c) => d.community === c} onPick={(community) => e.change({ community })} error={f.community} />
      <TextField label='基本工资（最低，元）' value={d.salaryMin} onChange={(salaryMin) => e.change({ salaryMin })} maxLength={7} error={f.salaryMin} />
      <TextField label='基本工资（最高，元，可不填）' value={d.salaryMax} onChange={(salaryMax) => e.change({ salaryMax })} maxLength={7} error={f.salaryMax} />
      <ChoiceChips label='工资单位' options={SALARY_UNITS} text={(u) => SALARY_UNIT_TEXT[u]} isOn={(u) => d.salaryUnit === u} onPick={(salaryUnit) => e.change({ salaryUnit })} />
      <TextField label='工作时间' value={d.workHours} onChange={(workHours) => e.change({ workHours })} maxLength={60} error={f.workHours} placeholder='如：周一至周五 8:30–17:30' />
      <ChoiceChips
        label='有效期（最长 60 天）'
        options={VALIDITY_CHOICES.map(String)}
        text={(n) => `${n} 天`}
        isOn={(n) => d.validThrough === validFor(e.now, Number(n))}
        onPick={(n) => e.change({ validThrough: validFor(e.now, Number(n)) })}
        error={f.validThrough}
      />
      <Text className='secondary-text'>
        展示到 {until.date} {until.weekday}，到期自动下架
      </Text>
      <ChoiceChips label='适合人群（可多选）' options={SUITABILITY_TAGS} isOn={(t) => d.tags.includes(t)} onPick={(t) => e.change({ tags: toggled(d.tags, t) })} />
    </>
  )
}
