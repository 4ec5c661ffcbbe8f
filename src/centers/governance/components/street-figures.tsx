import { Text, View } from '@tarojs/components'
import type { OutputOf } from '@/shared/contracts/define'
import type { governance } from '@/shared/contracts/governance'
import { CENTERS } from '@/shared/domain/centers'

type Figure = OutputOf<typeof governance, 'commandOverview'>['centers'][number]

const centerName = (code: string) => CENTERS.find((c) => c.code === code)?.name ?? code

/** 各中心实时数据: each center's live figures as its manifest declares them — what the street needs at a glance. */
export function StreetFigures({ figures }: { figures: Figure[] }) {
  return (
    <>
      <Text className='section-title'>各中心实时数据</Text>
      <View className='card'>
        {figures.map((f) => (
          <View key={f.label} className='list-row'>
            <Text className='list-row__title'>
              {f.label}：{f.value}
            </Text>
            <Text className={f.alert ? 'error-text' : 'secondary-text'} style={{ display: 'block' }}>
              {f.note} · {centerName(f.center)}
            </Text>
          </View>
        ))}
      </View>
    </>
  )
}
