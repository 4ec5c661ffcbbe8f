import { View } from '@tarojs/components'
import { type PropsWithChildren, useEffect, useState } from 'react'
import { scrollIntoSight } from './scroll'

let reveals = 0

/**
 * What just happened, brought into the first screen: the page scrolls to it when it appears and whenever `what`
 * changes (e.g. a sign-up's status), so a result never lands below where the person is looking.
 */
export function Reveal({ what, children }: PropsWithChildren<{ what: string }>) {
  const [id] = useState(() => {
    reveals += 1
    return `reveal-${reveals}`
  })
  // biome-ignore lint/correctness/useExhaustiveDependencies: `what` changing is the reason to scroll again
  useEffect(() => scrollIntoSight(id), [id, what])
  return <View id={id}>{children}</View>
}
