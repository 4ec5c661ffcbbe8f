import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { Screen } from '@/components/screen'
import { TextField } from '@/components/text-field'
import { MAX_OPINION_PHOTOS } from '@/shared/contracts/voice'
import { OPINION_CATEGORIES, OPINION_KINDS } from '@/shared/domain/voice/opinions'
import { Choices, Toggle } from '../../components/choices'
import { Photos } from '../../components/photos'
import { PROFILE_FIRST, ProfileNeeded, useNeedsProfile } from '../../components/profile-needed'
import { audienceText } from './draft'
import { useSend } from './use-send'

/** 反映意见建议: what kind, about what, the words and photos, and who may see it. */
export default function SendOpinionPage() {
  const h = useSend()
  const d = h.draft
  const needsProfile = useNeedsProfile()
  return (
    <Screen>
      {needsProfile ? <ProfileNeeded what='反映意见' /> : null}
      <Choices label='您想反映' options={OPINION_KINDS} chosen={d.kind} onChoose={(kind) => h.change({ kind })} error={h.fields.kind} />
      <Choices label='类别' options={OPINION_CATEGORIES} chosen={d.category} onChoose={(category) => h.change({ category })} error={h.fields.category} />
      <TextField label='具体内容' multiline value={d.text} onChange={(text) => h.change({ text })} error={h.fields.text} maxLength={1000} placeholder='什么事、在哪里、您希望怎么解决' />
      <Photos photos={d.photos} max={MAX_OPINION_PHOTOS} error={h.fields.photos} onAdd={() => void h.addPhotos()} onRemove={h.removePhoto} />
      <Text className='section-title'>谁能看到</Text>
      <View className='chips'>
        <Toggle on={d.public} label='公开，邻居可以附议' onChange={(on) => h.change({ public: on })} />
        {d.public ? <Toggle on={d.anonymous} label='对其他居民匿名' onChange={(on) => h.change({ anonymous: on })} /> : null}
      </View>
      <Text className='secondary-text'>{audienceText(d)}</Text>
      <Text className='secondary-text'>提交时会请您允许「意见办理进度通知」：答复、转交或列入议程时，微信会通知您。</Text>
      {h.problem ? <Text className='error-text' aria-live='assertive'>{h.problem}</Text> : null}
      <ActionButton className='primary-button spaced' disabled={h.busy || needsProfile} disabledReason={needsProfile ? PROFILE_FIRST : undefined} onClick={() => void h.submit()}>
        {h.busy ? '正在提交…' : '提交'}
      </ActionButton>
    </Screen>
  )
}
