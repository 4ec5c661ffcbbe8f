import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { CenterEntries } from '@/components/center-entries'
import { BRANDS } from '@/shared/domain/activities'
import type { useCultureHome } from '../pages/index/use-culture-home'
import './culture-home.scss'

type Home = ReturnType<typeof useCultureHome>
const chip = (on: boolean) => (on ? 'choice-button choice-button--on chips__item' : 'choice-button chips__item')

/** The center in one sentence, 我的报名, 社会组织, and 发布活动 for organizers and reviewers. */
export function CultureEntries({ canPublish }: { canPublish: boolean }) {
  return (
    <CenterEntries
      code='culture'
      intro='「五个黄河」「四季的关怀」等品牌活动，由社会组织和中心共同举办，欢迎报名参加。'
      entries={[
        { label: '我的报名', url: '/centers/culture/pages/signups/index' },
        { label: '社会组织', url: '/centers/culture/pages/orgs/index' },
        canPublish && { label: '发布活动', url: '/centers/culture/pages/editor/index', primary: true },
      ]}
    />
  )
}

/** Which list (when the person has more than one), and for upcoming activities the brand and 只看有名额. */
export function ActivityFilters({ h }: { h: Home }) {
  return (
    <>
      {h.tabs.length > 1 ? (
        // which list: tabs across the page, underlined when chosen — not chips like the filters below
        <View className='view-tabs' role='group' aria-label='选择列表'>
          {h.tabs.map((t) => (
            <ActionButton key={t.view} className={t.view === h.view ? 'view-tabs__tab view-tabs__tab--on' : 'view-tabs__tab'} pressed={t.view === h.view} onClick={() => h.setView(t.view)}>
              {t.label}
            </ActionButton>
          ))}
        </View>
      ) : null}
      {h.view === 'upcoming' ? (
        <View className='chips' role='group' aria-label='筛选活动'>
          <Text className='secondary-text chips__label'>筛选：</Text>
          {[undefined, ...BRANDS].map((b) => (
            <ActionButton key={b ?? 'all'} className={chip(b === h.brand)} pressed={b === h.brand} onClick={() => h.setBrand(b)}>
              {b ?? '全部活动'}
            </ActionButton>
          ))}
          <ActionButton className={chip(h.hasPlaces)} pressed={h.hasPlaces} onClick={h.toggleHasPlaces}>
            只看有名额
          </ActionButton>
        </View>
      ) : null}
    </>
  )
}
