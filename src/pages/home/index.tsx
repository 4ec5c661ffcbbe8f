import { Text, View } from '@tarojs/components'
import { CenterCard } from '@/components/center-card'
import { ElderToggle } from '@/components/elder-toggle'
import { Phrases } from '@/components/phrases'
import { Screen } from '@/components/screen'
import { CENTERS } from '@/shared/domain/centers'
import './index.scss'

export default function Home() {
  return (
    <Screen>
      <View className='home-hero'>
        <Text className='home-hero__title'>
          <Phrases text='黄河西路街道' />
        </Text>
        <Text className='home-hero__subtitle'>多中心一平台 · 一个入口，办好身边事</Text>
      </View>
      <ElderToggle />
      <Text className='section-title'>八个服务中心</Text>
      <View>
        {CENTERS.map((center) => (
          <CenterCard key={center.code} center={center} />
        ))}
      </View>
    </Screen>
  )
}
