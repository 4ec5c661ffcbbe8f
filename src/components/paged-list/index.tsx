import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { PagedList } from '@/hooks/use-paged-list'
import { ListFooter } from '../list-footer'
import { StateView } from '../state-view'

interface PagedListViewProps<T> {
  list: PagedList<T>
  /** what an empty list means, and what to do about it */
  empty: { text: string; hint?: string }
  keyOf: (item: T) => string
  children: (item: T) => ReactNode
}

/** Every paged list looks the same: loading, a failure with 重新加载, an empty state that helps, the items, the footer. */
export function PagedListView<T>({ list, empty, keyOf, children }: PagedListViewProps<T>) {
  if (list.error && !list.items.length) return <StateView kind='error' text={list.error} onRetry={list.reload} />
  if (!list.loaded) return <StateView kind='loading' />
  if (!list.items.length) return <StateView kind='empty' text={empty.text} hint={empty.hint} />
  return (
    <View>
      {list.items.map((item) => (
        <View key={keyOf(item)}>{children(item)}</View>
      ))}
      <ListFooter list={list} />
    </View>
  )
}
