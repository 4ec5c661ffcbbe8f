import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { TextField } from '@/components/text-field'
import { SPAN_UNIT_TEXT, SPAN_UNITS } from '@/shared/domain/governance/spans'
import { REPORT_CATEGORIES } from '@/shared/domain/governance/reports'
import { amountOf, SPAN_KEYS, spanOf, withSpan } from '../pages/setup/draft'
import type { useSetup } from '../pages/setup/use-setup'

const chip = (on: boolean) => (on ? 'choice-button choice-button--on chips__item' : 'choice-button chips__item')

/** 时限设置: per category, where it goes first and the four deadlines, in clock hours, working hours or working days. */
export function DeadlineEditor({ s }: { s: ReturnType<typeof useSetup> }) {
  const current = s.editing
  return (
    <View className='card'>
      <Text className='card__title'>派单与时限</Text>
      <View className='chips'>
        {REPORT_CATEGORIES.map((c) => (
          <ActionButton key={c} className={chip(s.category === c)} pressed={s.category === c} onClick={() => s.setCategory(c)}>
            {c}
          </ActionButton>
        ))}
      </View>
      {current ? (
        <>
          <Text className='secondary-text'>新问题先派给：</Text>
          <View className='chips'>
            <ActionButton className={chip(current.first === 'grid')} pressed={current.first === 'grid'} onClick={() => s.edit({ ...current, first: 'grid' })}>
              所在网格的网格员
            </ActionButton>
            <ActionButton className={chip(current.first === 'team')} pressed={current.first === 'team'} onClick={() => s.edit({ ...current, first: 'team' })}>
              该类别的处置队伍
            </ActionButton>
          </View>
          {SPAN_KEYS.map(({ key, label }) => {
            const span = spanOf(current, key)
            return (
              <View key={key}>
                <TextField label={`${label}（${SPAN_UNIT_TEXT[span.unit]}）`} type='tel' value={String(span.amount || '')} onChange={(t) => s.edit(withSpan(current, key, { ...span, amount: amountOf(t) }))} maxLength={3} error={s.fields[`settings.${s.category}.${key.replace('.', '.')}.amount`]} />
                <View className='chips'>
                  {SPAN_UNITS.map((u) => (
                    <ActionButton key={u} className={chip(span.unit === u)} pressed={span.unit === u} label={`${label}单位：${SPAN_UNIT_TEXT[u]}`} onClick={() => s.edit(withSpan(current, key, { ...span, unit: u }))}>
                      {SPAN_UNIT_TEXT[u]}
                    </ActionButton>
                  ))}
                </View>
              </View>
            )
          })}
          {s.problem ? <Text className='error-text' aria-live='assertive'>{s.problem}</Text> : null}
          <ActionButton className='primary-button' disabled={s.busy} onClick={s.save}>
            保存「{s.category}」的设置
          </ActionButton>
        </>
      ) : null}
    </View>
  )
}
