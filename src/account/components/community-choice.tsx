import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { COMMUNITIES } from '@/shared/domain/communities'

/** 所在社区: one of the street's communities, with the contract's message when none is chosen. */
export function CommunityChoice({ value, error, onChange }: { value: string; error?: string; onChange: (community: string) => void }) {
  return (
    <View className='profile-form__group'>
      <Text className='profile-form__group-label'>所在社区</Text>
      <View className='profile-form__choices'>
        {COMMUNITIES.map((c) => (
          <ActionButton
            key={c}
            className={value === c ? 'choice-button choice-button--on profile-form__choice' : 'choice-button profile-form__choice'}
            pressed={value === c}
            onClick={() => onChange(c)}
          >
            {c.replace('黄河西路', '')}
          </ActionButton>
        ))}
      </View>
      {error ? <Text className='profile-form__group-error'>{error}</Text> : null}
    </View>
  )
}
