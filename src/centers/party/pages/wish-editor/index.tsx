import { Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { ChoiceChips } from '@/components/choice-chips'
import { useViewer } from '@/centers/party/components/use-viewer'
import { ActionButton } from '@/components/action-button'
import { Screen } from '@/components/screen'
import { TextField } from '@/components/text-field'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud } from '@/services/cloud'
import { toastDone } from '@/services/dialog'
import { requestSubscriptions } from '@/services/subscribe'
import { party } from '@/shared/contracts/party'
import { COMMUNITIES } from '@/shared/domain/communities'
import { NEEDY_KINDS } from '@/shared/domain/party/wishes'
import { toWishInput, type WishDraft, wishDraftFor } from './draft'

/** 发布微心愿: staff post one for a person in need; a resident asks for themself, and the community vets it. */
export default function WishEditorPage() {
  const v = useViewer()
  const [d, setDraft] = useState<WishDraft | null>(null)
  useEffect(() => {
    if (v.me.data && !d) setDraft(wishDraftFor(v.me.data.profile, !v.manages))
  }, [v.me.data, v.manages, d])
  const sending = useSubmit()
  if (!d) return <Screen><Text className='secondary-text'>正在加载…</Text></Screen>
  const change = (patch: Partial<WishDraft>) => {
    setDraft((x) => ({ ...(x as WishDraft), ...patch }))
    for (const key of Object.keys(patch)) sending.forget(key)
  }
  const submit = () =>
    void sending.run(async (requestId) => {
      // a resident hears how their wish goes; staff hear when its claimer has delivered it
      await requestSubscriptions(['partyProgress'])
      const wish = await callCloud(party, 'postWish', toWishInput(d), { requestId })
      await toastDone(wish.status === 'open' ? '已发布' : '已提交，等待社区审核')
      await Taro.redirectTo({ url: `/centers/party/pages/wish/index?id=${wish.id}` })
    })
  return (
    <Screen>
      <Text className='notice'>姓名、住址和电话只给社区和党建中心工作人员看；其他人只看到「第三社区 一位独居老人」这样的说明。</Text>
      <ChoiceChips label='社区' options={COMMUNITIES} isOn={(c) => d.community === c} onPick={(community) => change({ community })} error={sending.fields.community} />
      <ChoiceChips label='心愿人是' options={NEEDY_KINDS} isOn={(k) => d.needyKind === k} onPick={(needyKind) => change({ needyKind })} error={sending.fields.needyKind} />
      <TextField label='心愿' value={d.title} onChange={(title) => change({ title })} maxLength={30} error={sending.fields.title} placeholder='如：一台收音机' />
      <TextField label='心愿说明' multiline value={d.description} onChange={(description) => change({ description })} maxLength={300} error={sending.fields.description} />
      <TextField label='预算（元）' type='tel' value={d.budget} onChange={(budget) => change({ budget })} maxLength={3} error={sending.fields.budget} />
      <TextField label='心愿人姓名' value={d.needyName} onChange={(needyName) => change({ needyName })} maxLength={20} error={sending.fields.needyName} />
      <TextField label='住址' value={d.needyAddress} onChange={(needyAddress) => change({ needyAddress })} maxLength={60} error={sending.fields.needyAddress} />
      <TextField label='联系电话（可不填）' type='tel' value={d.needyPhone} onChange={(needyPhone) => change({ needyPhone })} maxLength={11} error={sending.fields.needyPhone} />
      {sending.problem ? <Text className='error-text' aria-live='assertive'>{sending.problem}</Text> : null}
      <ActionButton className='primary-button spaced' disabled={sending.busy} onClick={submit}>
        {sending.busy ? '正在提交…' : v.manages ? '发布心愿' : '提交心愿'}
      </ActionButton>
    </Screen>
  )
}
