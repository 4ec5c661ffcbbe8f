import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useCallback, useEffect, useState } from 'react'
import { ChoiceChips } from '@/components/choice-chips'
import { useViewer } from '@/centers/party/components/use-viewer'
import { ActionButton } from '@/components/action-button'
import { PagedListView } from '@/components/paged-list'
import { Screen } from '@/components/screen'
import { usePagedList } from '@/hooks/use-paged-list'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud } from '@/services/cloud'
import { confirmAction, toastDone } from '@/services/dialog'
import { requestSubscriptions } from '@/services/subscribe'
import { party } from '@/shared/contracts/party'
import type { PostView } from '@/shared/contracts/party-members'
import { COMMUNITIES, type Community } from '@/shared/domain/communities'
import { mayManage } from '@/shared/domain/party/posts'

/** 双报到服务岗位: a community's open posts; a reported member claims a place, staff publish and see who came. */
export default function PostsPage() {
  const v = useViewer()
  const [community, setCommunity] = useState<Community | null>(null)
  useEffect(() => {
    if (v.community && community === null) setCommunity(v.community as Community)
  }, [v.community, community])
  const fetchPage = useCallback((page: number) => callCloud(party, 'listPosts', { community: community ?? undefined, page, pageSize: 10 }), [community])
  const list = usePagedList(fetchPage)
  const sending = useSubmit()
  const signUp = (p: PostView) =>
    void sending.run(async (requestId) => {
      if (!(await confirmAction({ title: `认领「${p.title}」？`, content: `${p.periodText}，${p.place}。服务后社区记录时长，记入您的党员档案。`, confirmText: '确定认领' }))) return
      await requestSubscriptions(['partyProgress'])
      await callCloud(party, 'signUpPost', { postId: p.id }, { requestId })
      await list.reload()
      await toastDone('认领成功')
    }, `signUp:${p.id}`)
  return (
    <Screen>
      <ChoiceChips label='社区' options={COMMUNITIES} isOn={(c) => community === c} onPick={(c) => setCommunity(community === c ? null : c)} />
      {v.manages ? (
        <ActionButton className='primary-button spaced' onClick={() => Taro.navigateTo({ url: '/centers/party/pages/post-editor/index' })}>
          发布服务岗位
        </ActionButton>
      ) : null}
      {sending.problem ? <Text className='error-text' aria-live='assertive'>{sending.problem}</Text> : null}
      <PagedListView list={list} empty={{ text: '暂无可认领的服务岗位', hint: '社区发布岗位后会显示在这里；也可以换个社区看看' }} keyOf={(p) => p.id}>
        {(p) => (
          <View className='card lines'>
            <Text className='list-row__title'>【{p.kind}】{p.title}</Text>
            <Text className='secondary-text'>{p.periodText}</Text>
            <Text className='secondary-text'>{p.community} · {p.place}</Text>
            <Text className='secondary-text'>{p.description}</Text>
            <Text className='status-text'>{p.mine ? `我${p.mine.statusText}` : p.placesLeft > 0 ? `余 ${p.placesLeft} / ${p.capacity} 个名额` : '名额已满'} · 每次 {p.hours} 小时</Text>
            {!p.mine && p.open ? (
              <ActionButton className='primary-button spaced' disabled={sending.busy || p.placesLeft <= 0} disabledReason={p.placesLeft <= 0 ? '名额已满' : undefined} onClick={() => signUp(p)}>
                认领岗位
              </ActionButton>
            ) : null}
            {mayManage(v.managed, p.community) ? (
              <ActionButton className='plain-button spaced' onClick={() => Taro.navigateTo({ url: `/centers/party/pages/roster/index?id=${p.id}` })}>
                认领名单与服务记录
              </ActionButton>
            ) : null}
          </View>
        )}
      </PagedListView>
    </Screen>
  )
}
