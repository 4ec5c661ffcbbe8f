import { Text, View } from '@tarojs/components'
import type { PagedList } from '@/hooks/use-paged-list'
import { ActionButton } from '../action-button'
import './index.scss'

/** Under every paged list: a failed page said in words, "加载更多" while more exist, then "没有更多了". */
export function ListFooter<T>({ list }: { list: PagedList<T> }) {
  return (
    <View className='list-footer'>
      {list.error ? (
        <View className='list-footer__error' aria-live='assertive'>
          加载失败：{list.error}
        </View>
      ) : null}
      {list.hasMore ? (
        <ActionButton className='plain-button list-footer__more' disabled={list.loading} onClick={list.loadMore}>
          {list.loading ? '正在加载…' : '加载更多'}
        </ActionButton>
      ) : (
        <Text className='secondary-text list-footer__end'>没有更多了</Text>
      )}
    </View>
  )
}
