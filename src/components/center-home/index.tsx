import { Text, View } from '@tarojs/components'
import { type CenterCode, centerByCode } from '@/shared/domain/centers'
import { CenterGlyph } from '../center-glyph'
import { Screen } from '../screen'
import { VisitCard } from './visit-card'
import './index.scss'

export { VisitCard } from './visit-card'

/**
 * A center's page until its online services land (即将开通): what it does, that it is not online yet, and how
 * to go there in person — address, phone, hours, what to bring. Nothing here looks tappable that is not.
 */
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
      <View className='center-home__notice' role='status'>
        <Text className='center-home__soon'>线上服务即将开通</Text>
        <Text>开通前，{center.services.join('、')}请到中心现场办理。</Text>
      </View>
      <VisitCard visit={center.visit} />
    </Screen>
  )
}
