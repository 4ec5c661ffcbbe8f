import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { ActionButton } from '../../../../components/action-button'
import { Screen } from '../../../../components/screen'
import { StateView } from '../../../../components/state-view'
import { TextField } from '../../../../components/text-field'
import { useLoad } from '../../../../hooks/use-load'
import { useSubmit } from '../../../../hooks/use-submit'
import { callCloud, errorMessage } from '../../../../services/cloud'
import { affairs } from '../../../../shared/contracts/affairs'
import { account } from '../../../../shared/contracts/account'
import { pickAndUploadPhotos } from '../../../../services/upload'

const MAX_PHOTOS = 9

/**
 * 在线申请 (一口受理): filed at the resident's community station, which pre-checks it and passes street items on.
 * Also used to resubmit a returned application with the missing materials.
 */
export default function ApplyPage() {
  const { params } = useRouter()
  const serviceId = params.serviceId ?? ''
  const applicationId = params.applicationId
  const context = useLoad(async () => {
    const [service, me, returned] = await Promise.all([
      callCloud(affairs, 'getService', { serviceId }),
      callCloud(account, 'whoami', {}),
      applicationId ? callCloud(affairs, 'getApplication', { applicationId }) : Promise.resolve(null),
    ])
    return { service, me, returned }
  }, [serviceId, applicationId])
  const [stationId, setStationId] = useState<string | null>(null)
  const [description, setDescription] = useState<string | null>(null)
  const [files, setFiles] = useState<string[]>([])
  const sending = useSubmit()
  const fields = sending.fields
  const [uploadProblem, setUploadProblem] = useState<string | null>(null)

  if (context.error) return <Screen><StateView kind='error' text={context.error} onRetry={context.reload} /></Screen>
  if (!context.data) return <Screen><StateView kind='loading' /></Screen>
  const { service, me, returned } = context.data
  const stations = service.places.filter((p) => p.kind === 'station')
  const station = stationId ?? returned?.stationId ?? stations.find((s) => s.community === me.profile?.community)?.id ?? stations[0]?.id
  const text = description ?? returned?.fields.find((f) => f.label === '申请说明')?.value ?? ''

  const addPhotos = async () => {
    setUploadProblem(null)
    try {
      const added = await pickAndUploadPhotos(MAX_PHOTOS - files.length, `applications/${service.id}`)
      setFiles((f) => [...f, ...added])
      sending.forget()
    } catch (e) {
      setUploadProblem(`照片上传失败：${errorMessage(e)}`)
    }
  }

  const submit = () =>
    sending.run(async (requestId) => {
      if (!station) return
      const input = { serviceId, stationId: station, fields: [{ label: '申请说明', value: text }], materialFiles: files, applicationId }
      const app = await callCloud(affairs, 'submitApplication', input, { requestId })
      await Taro.redirectTo({ url: `/centers/affairs/pages/application/index?id=${app.id}` })
    })
  const problem = uploadProblem ?? sending.problem

  if (!me.profile) {
    return (
      <Screen>
        <StateView kind='empty' text='请先完善个人资料' hint='申请需要您的姓名、所在社区和地址' />
        <ActionButton className='primary-button' onClick={() => Taro.navigateTo({ url: '/account/pages/profile/index' })}>
          去完善个人资料
        </ActionButton>
      </Screen>
    )
  }

  return (
    <Screen>
      <View className='card'>
        <Text className='card__title'>{service.name}</Text>
        <Text className='secondary-text'>申请人：{me.profile.name}</Text>
      </View>
      {returned?.missing.length ? (
        <View className='notice'>
          <Text>退回原因：{returned.timeline[returned.timeline.length - 1]?.reason}</Text>
          <Text style={{ display: 'block' }}>请补充：{returned.missing.join('、')}</Text>
        </View>
      ) : null}

      <Text className='section-title'>受理的社区服务站</Text>
      <View className='chips'>
        {stations.map((s) => (
          <ActionButton
            key={s.id}
            className={s.id === station ? 'choice-button choice-button--on chips__item' : 'choice-button chips__item'}
            pressed={s.id === station}
            onClick={() => {
              setStationId(s.id)
              sending.forget('stationId')
            }}
          >
            {s.name}
          </ActionButton>
        ))}
      </View>
      {fields.stationId ? <Text className='error-text'>{fields.stationId}</Text> : null}

      <TextField label='申请说明' value={text} onChange={(v) => {
          setDescription(v)
          sending.forget('fields.0.value')
        }}
        maxLength={200} error={fields['fields.0.value']} placeholder='简要说明申请事由和情况' />

      <Text className='section-title'>材料照片（{files.length}/{MAX_PHOTOS}）</Text>
      <Text className='secondary-text'>请拍摄：{service.materials.map((m) => m.name).join('、')}。照片仅您本人和经办工作人员可见。</Text>
      <View className='grid'>
        {files.map((f, i) => (
          <View key={f} className='grid__item card'>
            <Text>第 {i + 1} 张</Text>
            <ActionButton className='plain-button' onClick={() => setFiles((all) => all.filter((x) => x !== f))}>
              删除第 {i + 1} 张
            </ActionButton>
          </View>
        ))}
      </View>
      {files.length < MAX_PHOTOS ? (
        <ActionButton className='plain-button spaced' onClick={addPhotos}>
          添加材料照片
        </ActionButton>
      ) : null}

      {problem ? <Text className='error-text' aria-live='assertive'>{problem}</Text> : null}
      <ActionButton className='primary-button spaced' disabled={sending.busy || !station} onClick={submit}>
        {sending.busy ? '正在提交…' : returned ? '补正后重新提交' : '提交申请'}
      </ActionButton>
    </Screen>
  )
}
