import { View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { TextField } from '@/components/text-field'
import { EMPLOYMENT_TYPE_TEXT, EMPLOYMENT_TYPES, SUITABILITY_TAGS } from '@/shared/domain/employment/postings'
import type { EmploymentHome } from '../pages/index/use-employment-home'

const PAY = [3000, 4000, 5000]

function Chip({ on, onClick, children }: { on: boolean; onClick: () => void; children: string }) {
  return (
    <ActionButton className={on ? 'choice-button choice-button--on chips__item' : 'choice-button chips__item'} pressed={on} onClick={onClick}>
      {children}
    </ActionButton>
  )
}

/** Search by words or pinyin initials (bj → 保洁), and filters by type, pay, tag and the person's community. */
export function JobFilters({ h }: { h: EmploymentHome }) {
  const f = h.filter
  return (
    <>
      <TextField label='搜索岗位' value={h.typed} onChange={h.setTyped} maxLength={20} placeholder='如：保洁、保安，或拼音首字母 bj' />
      <View className='entries'>
        <ActionButton className='primary-button entries__item' onClick={h.search}>
          搜索
        </ActionButton>
        {h.keyword ? (
          <ActionButton className='plain-button entries__item' onClick={h.clear}>
            清除搜索
          </ActionButton>
        ) : null}
      </View>
      <View className='chips'>
        <Chip on={!f.employmentType} onClick={() => h.setFilter({ employmentType: undefined })}>不限形式</Chip>
        {EMPLOYMENT_TYPES.map((t) => (
          <Chip key={t} on={f.employmentType === t} onClick={() => h.setFilter({ employmentType: f.employmentType === t ? undefined : t })}>
            {EMPLOYMENT_TYPE_TEXT[t]}
          </Chip>
        ))}
      </View>
      <View className='chips'>
        {SUITABILITY_TAGS.map((t) => (
          <Chip key={t} on={f.tag === t} onClick={() => h.setFilter({ tag: f.tag === t ? undefined : t })}>
            {t}
          </Chip>
        ))}
      </View>
      <View className='chips'>
        {PAY.map((p) => (
          <Chip key={p} on={f.salaryAtLeast === p} onClick={() => h.setFilter({ salaryAtLeast: f.salaryAtLeast === p ? undefined : p })}>
            {`月薪 ${p} 以上`}
          </Chip>
        ))}
        {h.hasCommunity ? (
          <Chip on={f.nearMe} onClick={() => h.setFilter({ nearMe: !f.nearMe })}>
            我的社区附近
          </Chip>
        ) : null}
      </View>
    </>
  )
}
