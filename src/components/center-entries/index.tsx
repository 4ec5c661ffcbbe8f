import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { type CenterCode, centerByCode } from '@/shared/domain/centers'
import { ActionButton } from '../action-button'

export interface CenterEntry {
  label: string
  url: string
  /** staff tools (and a center's main act) stand out from the resident's own lists */
  primary?: boolean
}

/**
 * The top of a center's home: its name, one sentence of what it offers, and the ways in. Entries a person may
 * not use are left out by the caller (`false`), so nothing shows that would only refuse them.
 */
export function CenterEntries({ code, intro, entries }: { code: CenterCode; intro: string; entries: Array<CenterEntry | false | null> }) {
  return (
    <>
      <View className='card'>
        <Text className='card__title'>{centerByCode(code)!.name}</Text>
        <Text className='secondary-text'>{intro}</Text>
      </View>
      <View className='entries'>
        {entries.filter((e): e is CenterEntry => !!e).map((e) => (
          <ActionButton key={e.url} className={`${e.primary ? 'primary-button' : 'plain-button'} entries__item`} onClick={() => Taro.navigateTo({ url: e.url })}>
            {e.label}
          </ActionButton>
        ))}
      </View>
    </>
  )
}
