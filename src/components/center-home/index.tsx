import { Text, View } from '@tarojs/components'
import { type CenterCode, centerByCode } from '@/shared/domain/centers'
import { CenterGlyph } from '../center-glyph'
import { Screen } from '../screen'
import './index.scss'

/** A center's front page until its features land: what it offers and where to go meanwhile. */
export function CenterHome({ code }: { code: CenterCode }) {
  const center = centerByCode(code)!
  return (
    <Screen>
      <View className='center-home__header'>
        <CenterGlyph glyph={center.glyph} />
        <View className='center-home__titles'>
          <Text className='center-home__name'>{center.name}</Text>
          <Text className='center-home__purpose'>{center.purpose}</Text>
        </View>
      </View>
      <Text className='section-title'>服务项目</Text>
      {center.services.map((service) => (
        <View key={service} className='center-home__service'>
          <Text>{service}</Text>
          <Text className='secondary-text'>即将开通</Text>
        </View>
      ))}
      <View className='center-home__notice'>
        <Text>线上服务正在建设中。如需办理，请在工作时间到中心窗口咨询。</Text>
      </View>
    </Screen>
  )
}
