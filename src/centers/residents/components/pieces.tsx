import { Text } from '@tarojs/components'

/**
 * A line of short facts (status · date · name · seconds): each fact stays whole (.phrase) and the line breaks
 * only between them, so a name or a date is never split at a large WeChat font.
 */
export function Pieces({ parts, separator = ' · ' }: { parts: Array<string | null | false | undefined>; separator?: string }) {
  const shown = parts.filter((p): p is string => !!p)
  return (
    <>
      {shown.map((p, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the same facts in the same order
        <Text key={i} className='phrase'>
          {i ? separator : ''}
          {p}
        </Text>
      ))}
    </>
  )
}
