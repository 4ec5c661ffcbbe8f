import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ActionButton } from '@/components/action-button'
import { CenterEntries } from '@/components/center-entries'
import { TextField } from '@/components/text-field'
import { type affairs, SERVICE_CATEGORIES } from '@/shared/contracts/affairs'
import type { OutputOf } from '@/shared/contracts/define'
import type { useAffairsHome } from '../pages/index/use-affairs-home'

type Service = OutputOf<typeof affairs, 'listServices'>['items'][number]
const go = (url: string) => () => Taro.navigateTo({ url })

/** The center in one sentence, the way to one's appointments and applications, and the staff tools for staff. */
export function AffairsEntries({ staff }: { staff: boolean }) {
  return (
    <CenterEntries
      code='affairs'
      intro='一门服务、一口受理、两级代办：在社区服务站即可提交街道事项，少跑路。'
      entries={[
        { label: '我的预约', url: '/centers/affairs/pages/bookings/index' },
        { label: '我的申请', url: '/centers/affairs/pages/applications/index' },
        staff && { label: '预约看板（工作人员）', url: '/centers/affairs/pages/board/index', primary: true },
        staff && { label: '申请受理（工作人员）', url: '/centers/affairs/pages/inbox/index', primary: true },
      ]}
    />
  )
}

/** 办事指南's search and categories. */
export function ServiceSearch({ h }: { h: ReturnType<typeof useAffairsHome> }) {
  return (
    <>
      <Text className='section-title'>办事指南</Text>
      <TextField label='搜索办事事项' value={h.typed} onChange={h.setTyped} maxLength={20} placeholder='如：居住证、低保、社保卡' />
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
        {[undefined, ...SERVICE_CATEGORIES].map((c) => (
          <ActionButton key={c ?? 'all'} className={h.category === c ? 'choice-button choice-button--on chips__item' : 'choice-button chips__item'} pressed={h.category === c} onClick={() => h.setCategory(c)}>
            {c ?? '全部'}
          </ActionButton>
        ))}
      </View>
    </>
  )
}

/** One service in the guide: where it is handled, whether a station may accept it, the promised days; opens its guide. */
export function ServiceRow({ s }: { s: Service }) {
  return (
    <ActionButton className='plain-button list-row' onClick={go(`/centers/affairs/pages/service/index?id=${s.id}`)}>
      <Text className='list-row__title'>{s.name}</Text>
      <View className='list-row__meta'>
        <Text className='secondary-text'>{s.category}</Text>
        <Text className='secondary-text'>
          {s.handledAt === 'community' ? '社区办理' : s.delegable ? '街道办理 · 社区可代办' : '街道办理'} · 承诺 {s.promisedDays} 个工作日
        </Text>
      </View>
    </ActionButton>
  )
}
