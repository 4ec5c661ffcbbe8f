import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { ActionButton } from '@/components/action-button'
import { Screen } from '@/components/screen'
import { MaterialsList } from '@/centers/affairs/components/materials-list'
import { StateView } from '@/components/state-view'
import { useLoad } from '@/hooks/use-load'
import { callCloud } from '@/services/cloud'
import { affairs } from '@/shared/contracts/affairs'

/** One item: who may apply, the materials to bring, where it is handled; book a window or file online. */
export default function ServicePage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const service = useLoad(() => callCloud(affairs, 'getService', { serviceId: id }), [id])

  if (service.error) return <Screen><StateView kind='error' text={service.error} onRetry={service.reload} /></Screen>
  if (!service.data) return <Screen><StateView kind='loading' /></Screen>
  const s = service.data
  const stations = s.places.filter((p) => p.kind === 'station')
  return (
    <Screen>
      <View className='card'>
        <Text className='card__title'>{s.name}</Text>
        <Text className='secondary-text'>
          {s.category} · {s.handledAt === 'community' ? '社区直接办理' : '街道办理'} · 承诺 {s.promisedDays} 个工作日 · {s.fee}
        </Text>
      </View>
      <View className='card'>
        <Text className='card__title'>申请对象</Text>
        <Text>{s.who}</Text>
      </View>
      <View className='card'>
        <Text className='card__title'>需要携带的材料</Text>
        <MaterialsList materials={s.materials} />
      </View>
      <View className='card'>
        <Text className='card__title'>在哪里办</Text>
        {s.places.map((p) => (
          <Text key={p.id} className='secondary-text' style={{ display: 'block' }}>
            {p.name}：{p.address}
          </Text>
        ))}
        {s.delegable ? <Text className='notice'>社区服务站可代为受理（两级代办），材料由社区转交街道，您不用再跑街道。</Text> : null}
      </View>
      <ActionButton className='primary-button' onClick={() => Taro.navigateTo({ url: `/centers/affairs/pages/book/index?serviceId=${s.id}` })}>
        预约到窗口办理
      </ActionButton>
      {stations.length ? (
        <View className='entries'>
          <ActionButton className='plain-button entries__item' onClick={() => Taro.navigateTo({ url: `/centers/affairs/pages/apply/index?serviceId=${s.id}` })}>
            在线提交申请（社区受理）
          </ActionButton>
        </View>
      ) : null}
    </Screen>
  )
}
