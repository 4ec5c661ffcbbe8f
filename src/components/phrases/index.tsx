import { Text } from '@tarojs/components'
import { phrasesOf } from './split'

/** A name whose words each stay on one line while they fit (see split.ts); one accessible text. */
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
