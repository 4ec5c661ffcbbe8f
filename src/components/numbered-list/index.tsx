import { Text, View } from '@tarojs/components'

/**
 * Steps or materials in order, each number written out beside its line (not a list marker, which hangs outside
 * the card and grows past its edge in 长辈版 and at a large WeChat font); a long line wraps under its own words.
 */
export function NumberedList({ items }: { items: readonly string[] }) {
  return (
    <View className='numbered'>
      {items.map((text, i) => (
        <View key={text} className='numbered__item'>
          <Text className='numbered__no'>{i + 1}.</Text>
          <Text className='numbered__text'>{text}</Text>
        </View>
      ))}
    </View>
  )
}
