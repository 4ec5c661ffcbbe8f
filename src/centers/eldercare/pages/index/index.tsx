import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ActionButton } from '@/components/action-button'
import { Screen } from '@/components/screen'
import { StateView } from '@/components/state-view'
import { Approvals } from '../../components/approvals'
import { LinkForm } from '../../components/link-form'
import { SeniorCard } from '../../components/senior-card'
import { useEldercareHome } from './use-eldercare-home'

const open = (page: string) => Taro.navigateTo({ url: `/centers/eldercare/pages/${page}/index` })

/** 老年日间照料: the seniors a family acts for (order, see meals), linking a parent, approvals, and staff's sheet. */
export default function EldercareHome() {
  const { home, link, edit, requestLink, decide, submit } = useEldercareHome()
  if (home.loading && !home.data) return <Screen><StateView kind='loading' /></Screen>
  if (home.error || !home.data) return <Screen><StateView kind='error' text={home.error ?? '加载失败'} onRetry={home.reload} /></Screen>
  const { seniors, pending, toApprove, isStaff } = home.data
  return (
    <Screen>
      {isStaff ? (
        <View className='card list-row'>
          <Text className='section-title'>工作人员</Text>
          <ActionButton className='primary-button' onClick={() => open('sheet')}>
            每日送餐单
          </ActionButton>
          <ActionButton className='plain-button' onClick={() => open('home-board')}>
            上门服务单
          </ActionButton>
          <ActionButton className='plain-button' onClick={() => open('seniors')}>
            老人档案查询 / 建档
          </ActionButton>
          <ActionButton className='plain-button' onClick={() => open('menu')}>
            发布菜单
          </ActionButton>
          <ActionButton className='plain-button' onClick={() => open('import')}>
            导入老人名册
          </ActionButton>
        </View>
      ) : null}
      <Approvals links={toApprove.items} busy={submit.busy} decide={decide} />
      <Text className='section-title'>我关照的老人</Text>
      {seniors.length ? seniors.map((s) => <SeniorCard key={s.id} senior={s} />) : <StateView kind='empty' text='还没有关联老人' hint='在下面填写老人的姓名和手机号申请关联' />}
      {pending.map((l) => (
        <View key={l.linkId} className='notice list-row'>
          <Text>
            关联 {l.seniorName}：{l.statusText}
          </Text>
        </View>
      ))}
      <LinkForm link={link} edit={edit} submit={submit} onSend={requestLink} />
      <ActionButton className='plain-button' onClick={() => open('senior')}>
        老人还没有档案？为老人建档
      </ActionButton>
    </Screen>
  )
}
