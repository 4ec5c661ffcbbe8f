// WeChat: each word a text of its own that stays on one line while it fits (.phrase); read as one text.
import { Text } from '@tarojs/components'
import { phrasesOf } from './split'

export function Phrases({ text }: { text: string }) {
  return (
    <>
      {phrasesOf(text).map((p, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the same name always splits the same way
        <Text key={i} className='phrase'>
          {p}
        </Text>
      ))}
    </>
  )
}
