import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useCallback, useState } from 'react'
import { ActionButton } from '../../../../components/action-button'
import { PagedListView } from '../../../../components/paged-list'
import { Screen } from '../../../../components/screen'
import { TextField } from '../../../../components/text-field'
import { useLoad } from '../../../../hooks/use-load'
import { usePagedList } from '../../../../hooks/use-paged-list'
import { callCloud } from '../../../../services/cloud'
import { account } from '../../../../shared/contracts/account'
import { affairs, SERVICE_CATEGORIES } from '../../../../shared/contracts/affairs'
import { isStaffOf } from '../../../../shared/domain/roles'

type Category = (typeof SERVICE_CATEGORIES)[number]
const go = (url: string) => () => Taro.navigateTo({ url })

/** 办事指南: search and browse the items; the way to one's appointments and applications; staff tools for staff. */
export default function AffairsHome() {
  const [typed, setTyped] = useState('')
  const [keyword, setKeyword] = useState('')
  const [category, setCategory] = useState<Category | undefined>()
  const fetchPage = useCallback(
    (page: number) => callCloud(affairs, 'listServices', { keyword: keyword || undefined, category, page, pageSize: 10 }),
    [keyword, category],
  )
  const list = usePagedList(fetchPage)
  const me = useLoad(() => callCloud(account, 'whoami', {}), [])
  const staff = !!me.data && isStaffOf(me.data.roles, 'affairs')


  return (
    <Screen>
      <View className='card'>
        <Text className='card__title'>社区事务受理服务中心</Text>
        <Text className='secondary-text'>一门服务、一口受理、两级代办：在社区服务站即可提交街道事项，少跑路。</Text>
      </View>
      <View className='entries'>
        <ActionButton className='plain-button entries__item' onClick={go('/centers/affairs/pages/bookings/index')}>
          我的预约
        </ActionButton>
        <ActionButton className='plain-button entries__item' onClick={go('/centers/affairs/pages/applications/index')}>
          我的申请
        </ActionButton>
        {staff ? (
          <>
            <ActionButton className='primary-button entries__item' onClick={go('/centers/affairs/pages/board/index')}>
              预约看板（工作人员）
            </ActionButton>
            <ActionButton className='primary-button entries__item' onClick={go('/centers/affairs/pages/inbox/index')}>
              申请受理（工作人员）
            </ActionButton>
          </>
        ) : null}
      </View>

      <Text className='section-title'>办事指南</Text>
      <TextField label='搜索办事事项' value={typed} onChange={setTyped} maxLength={20} placeholder='如：居住证、低保、社保卡' />
      <View className='entries'>
        <ActionButton className='primary-button entries__item' onClick={() => setKeyword(typed.trim())}>
          搜索
        </ActionButton>
        {keyword ? (
          <ActionButton
            className='plain-button entries__item'
            onClick={() => {
              setTyped('')
              setKeyword('')
            }}
          >
            清除搜索
          </ActionButton>
        ) : null}
      </View>
      <View className='chips'>
        {[undefined, ...SERVICE_CATEGORIES].map((c) => (
          <ActionButton
            key={c ?? 'all'}
            className={category === c ? 'choice-button choice-button--on chips__item' : 'choice-button chips__item'}
            pressed={category === c}
            onClick={() => setCategory(c)}
          >
            {c ?? '全部'}
          </ActionButton>
        ))}
      </View>

      <PagedListView list={list} empty={{ text: keyword ? `没有找到与「${keyword}」相关的事项` : '该分类下暂无事项', hint: '换个关键词试试，或到中心窗口咨询' }} keyOf={(s) => s.id}>
        {(s) => (
          <ActionButton className='plain-button list-row' onClick={go(`/centers/affairs/pages/service/index?id=${s.id}`)}>
              <Text className='list-row__title'>{s.name}</Text>
              <View className='list-row__meta'>
                <Text className='secondary-text'>{s.category}</Text>
                <Text className='secondary-text'>
                  {s.handledAt === 'community' ? '社区办理' : s.delegable ? '街道办理 · 社区可代办' : '街道办理'} · 承诺 {s.promisedDays} 个工作日
                </Text>
              </View>
            </ActionButton>
        )}
      </PagedListView>
    </Screen>
  )
}
