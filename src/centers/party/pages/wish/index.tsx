import { Text, View } from '@tarojs/components'
import { PhotoButton } from '@/components/photo-button'
import { Screen } from '@/components/screen'
import { StateView } from '@/components/state-view'
import { formatForPeople } from '@/shared/time'
import { WishSteps } from '@/centers/party/components/wish-steps'
import { useWish } from './use-wish'

/** 心愿详情: the wish in public words; the person's name and address only for staff and the person themself. */
export default function WishPage() {
  const p = useWish()
  if (p.loaded.error) return <Screen><StateView kind='error' text={p.loaded.error} onRetry={p.loaded.reload} /></Screen>
  const w = p.loaded.data
  if (!w) return <Screen><StateView kind='loading' /></Screen>
  return (
    <Screen>
      <View className='card lines'>
        <Text className='card__title'>{w.title}</Text>
        <Text className='secondary-text'>{w.who} · {w.budgetText}</Text>
        <Text className='status-text'>{w.statusText}</Text>
        <Text>{w.description}</Text>
        {w.claimDeadline && (w.claimedByMe || w.canManage) ? <Text className='notice'>请于 {formatForPeople(w.claimDeadline)} 前送达</Text> : null}
        {w.claimedByMe || w.canManage ? <Text className='secondary-text'>{w.handOver}</Text> : null}
        {w.deliveryNote ? <Text className='secondary-text'>送达说明：{w.deliveryNote}</Text> : null}
        {w.refusedReason ? <Text className='notice'>未通过原因：{w.refusedReason}</Text> : null}
      </View>
      {w.needy ? (
        <View className='card lines' role='region' aria-label='心愿人信息'>
          <Text className='card__title'>心愿人信息（仅社区和党建中心工作人员可见）</Text>
          <Text>{w.needy.name}</Text>
          <Text className='secondary-text'>{w.needy.address}{w.needy.phone ? ` · ${w.needy.phone}` : ''}</Text>
          {w.claimerName ? <Text className='secondary-text'>认领人：{w.claimerName}</Text> : null}
        </View>
      ) : null}
      {w.photoUrls.length ? (
        <View className='card lines'>
          <Text className='card__title'>心愿实现照片</Text>
          <View className='grid'>
            {w.photoUrls.map((url, i) => (
              <View key={url} className='material__photo'>
                <PhotoButton url={url} urls={w.photoUrls} label={`心愿实现照片第 ${i + 1} 张`} />
              </View>
            ))}
          </View>
        </View>
      ) : null}
      <WishSteps w={w} p={p} />
      {p.problem ? <Text className='error-text' aria-live='assertive'>{p.problem}</Text> : null}
    </Screen>
  )
}
