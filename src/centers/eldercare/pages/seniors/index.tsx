import { Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useCallback, useState } from 'react'
import { ActionButton } from '@/components/action-button'
import { PagedListView } from '@/components/paged-list'
import { Screen } from '@/components/screen'
import { NoPermission, useStaffOnly } from '@/components/staff-only'
import { TextField } from '@/components/text-field'
import { usePagedList } from '@/hooks/use-paged-list'
import { callCloud } from '@/services/cloud'
import { eldercare } from '@/shared/contracts/eldercare'

const open = (url: string) => Taro.navigateTo({ url })

/** Staff find a senior by name, pinyin initials (wxl), phone tail (4 digits) or building (5号楼); nothing sensitive listed. */
export default function SeniorsPage() {
  const [keyword, setKeyword] = useState('')
  const fetchPage = useCallback((page: number) => callCloud(eldercare, 'listSeniors', { keyword, page, pageSize: 20 }), [keyword])
  const list = usePagedList(fetchPage)
  const refused = useStaffOnly(list.refused, eldercare, 'listSeniors')
  if (refused) return <NoPermission what='老人名册' who='老年日间照料服务中心的工作人员' center='eldercare' hint='老人名册只供老年日间照料服务中心的工作人员查看。为家中老人建档或订餐，请回到老年日间照料首页。' />
  return (
    <Screen>
      <TextField label='查找老人' value={keyword} onChange={setKeyword} maxLength={20} placeholder='姓名、拼音首字母、手机尾号或楼栋' />
      <ActionButton className='primary-button' onClick={() => open('/centers/eldercare/pages/senior/index')}>
        为来访老人建档
      </ActionButton>
      <PagedListView list={list} empty={{ text: keyword ? '没有找到符合的老人' : '还没有老人档案', hint: '试试拼音首字母，如 wxl' }} keyOf={(s) => s.id}>
        {(s) => (
          <ActionButton className='plain-button list-row' label={`${s.name}的档案`} onClick={() => open(`/centers/eldercare/pages/senior/index?seniorId=${s.id}`)}>
            <Text className='list-row__title'>
              {s.name} · {s.gender} · {s.age} 岁
            </Text>
            <Text className='secondary-text'>
              {s.community} {s.building} · {s.phone ?? '无电话'}
            </Text>
            {s.marks.length || s.diet.length ? <Text className='status-text'>{[...s.marks, ...s.diet].join('、')}</Text> : null}
          </ActionButton>
        )}
      </PagedListView>
    </Screen>
  )
}
