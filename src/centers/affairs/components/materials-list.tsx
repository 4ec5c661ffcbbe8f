import { Text, View } from '@tarojs/components'

/** 需要携带的材料, numbered, each with its note (原件+复印件…). */
export function MaterialsList({ materials }: { materials: Array<{ name: string; note: string }> }) {
  return (
    <View className='numbered'>
      {materials.map((m) => (
        <Text key={m.name} className='numbered__item'>
          {m.name}
          {m.note ? `（${m.note}）` : ''}
        </Text>
      ))}
    </View>
  )
}
