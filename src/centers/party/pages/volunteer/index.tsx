import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { ActionButton } from '@/components/action-button'
import { Screen } from '@/components/screen'
import { StateView } from '@/components/state-view'
import { useLoad } from '@/hooks/use-load'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud } from '@/services/cloud'
import { toastDone } from '@/services/dialog'
import { party } from '@/shared/contracts/party'
import { COMMUNITIES } from '@/shared/domain/communities'
import { AVAILABILITY, type Availability, SKILLS, type Skill } from '@/shared/domain/party/volunteers'
import { toggle, VolunteerChips } from '../../components/volunteer-choices'

type Community = (typeof COMMUNITIES)[number]

/** 登记志愿者: skills, when one can serve, the community; the same page updates them (the number stays). */
export default function VolunteerPage() {
  const hours = useLoad(() => callCloud(party, 'myHours', {}), [])
  const [skills, setSkills] = useState<Skill[]>([])
  const [availability, setAvailability] = useState<Availability[]>([])
  const [community, setCommunity] = useState<Community | null>(null)
  const submit = useSubmit()
  const known = hours.data?.volunteer
  useEffect(() => {
    if (!known) return
    setSkills(known.skills as Skill[])
    setAvailability(known.availability as Availability[])
    setCommunity(known.community as Community)
  }, [known])
  if (hours.error && !hours.data) return <Screen><StateView kind='error' text={hours.error} onRetry={hours.reload} /></Screen>
  if (!hours.data) return <Screen><StateView kind='loading' /></Screen>
  const save = async () => {
    const done = await submit.run((requestId) => callCloud(party, 'registerVolunteer', { skills, availability, community: community as Community }, { requestId }))
    if (!done.ok) return
    await toastDone(known ? '已更新志愿者信息' : '已登记为志愿者')
    Taro.navigateBack().catch(() => Taro.redirectTo({ url: '/centers/party/pages/hours/index' }))
  }
  return (
    <Screen>
      <View className='card'>
        <Text className='card__title'>{known ? `志愿者 ${known.number}` : '成为志愿者'}</Text>
        <Text className='secondary-text'>
          参加标明「志愿服务」的活动并签到、完成上门服务、双报到服务岗和微心愿，经工作人员核实后记入志愿服务时长。时长可兑换时间银行的服务，也可开具志愿服务记录证明。
        </Text>
      </View>
      <VolunteerChips label='服务技能（可多选）' options={SKILLS} chosen={skills} onToggle={(k) => { setSkills(toggle(skills, k)); submit.forget('skills') }} error={submit.fields.skills} />
      <VolunteerChips label='可服务时间（可多选）' options={AVAILABILITY} chosen={availability} onToggle={(k) => { setAvailability(toggle(availability, k)); submit.forget('availability') }} error={submit.fields.availability} />
      <VolunteerChips label='所在社区' options={COMMUNITIES} chosen={community ? [community] : []} onToggle={(k) => { setCommunity(k); submit.forget('community') }} error={submit.fields.community} />
      {submit.problem ? <Text className='error-text' aria-live='assertive'>{submit.problem}</Text> : null}
      <ActionButton className='primary-button spaced' disabled={submit.busy || !community} disabledReason={community ? undefined : '请选择所在社区'} onClick={save}>
        {submit.busy ? '正在提交…' : known ? '保存修改' : '登记为志愿者'}
      </ActionButton>
    </Screen>
  )
}
