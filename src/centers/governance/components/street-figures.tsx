import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ActionButton } from '@/components/action-button'
import type { OutputOf } from '@/shared/contracts/define'
import type { governance } from '@/shared/contracts/governance'
import { CENTERS } from '@/shared/domain/centers'

type Figure = OutputOf<typeof governance, 'commandOverview'>['centers'][number]

const centerName = (code: string) => CENTERS.find((c) => c.code === code)?.name ?? code

function FigureText({ f }: { f: Figure }) {
  return (
    <>
      <Text className='list-row__title'>
        {f.label}：{f.value}
      </Text>
      <Text className={f.alert ? 'error-text' : 'secondary-text'} style={{ display: 'block' }}>
        {f.note} · {centerName(f.center)}
        {f.page ? ' · 查看 ›' : ''}
      </Text>
    </>
  )
}

/**
 * 各中心实时数据: each center's live figures as its manifest declares them — what the street needs at a glance; a
 * figure opens its center's own list for those who may see it (the center's staff, the street administrator).
 */
export function StreetFigures({ figures }: { figures: Figure[] }) {
  return (
    <>
      <Text className='section-title'>各中心实时数据</Text>
      <View className='card'>
        {figures.map((f) => {
          const page = f.page
          return page ? (
            <ActionButton key={f.label} className='plain-button list-row' onClick={() => Taro.navigateTo({ url: page })}>
              <FigureText f={f} />
            </ActionButton>
          ) : (
            <View key={f.label} className='list-row'>
              <FigureText f={f} />
            </View>
          )
        })}
      </View>
    </>
  )
}
