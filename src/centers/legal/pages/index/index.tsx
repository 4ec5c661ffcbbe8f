import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ActionButton } from '@/components/action-button'
import { Screen } from '@/components/screen'
import { useMe } from '@/centers/legal/components/use-me'

const go = (url: string) => () => Taro.navigateTo({ url: `/centers/legal/pages/${url}` })

const SERVICES = [
  { page: 'ask/index', title: '法律咨询', note: '在线提问，值班律师答复，只有您和律师能看到' },
  { page: 'check/index', title: '法律援助申请', note: '先回答三个问题，看看能否申请、要不要经济困难证明' },
  { page: 'mediate/index', title: '申请调解', note: '邻里、家庭等纠纷：人民调解，不成可转行政调解、司法调解' },
  { page: 'book/index', title: '预约律师面谈', note: '到中心与值班律师当面谈' },
]

/** 法律援助服务中心: the four services, one's own matters, and the work board for staff, lawyers and mediators. */
export default function LegalHome() {
  const { staff, lawyer, mediator } = useMe()
  return (
    <Screen>
      <View className='card'>
        <Text className='card__title'>法律援助服务中心</Text>
        <Text className='secondary-text'>法律咨询、法律援助申请与矛盾纠纷调解。您的咨询和案件只有您本人和经办人员能看到。</Text>
      </View>
      {SERVICES.map((s) => (
        <ActionButton key={s.page} className='plain-button list-row' onClick={go(s.page)}>
          <Text className='list-row__title'>{s.title}</Text>
          <Text className='secondary-text'>{s.note}</Text>
        </ActionButton>
      ))}
      <View className='entries'>
        <ActionButton className='primary-button entries__item' onClick={go('mine/index')}>
          我的法律事务
        </ActionButton>
        {staff || lawyer || mediator ? (
          <ActionButton className='primary-button entries__item' onClick={go('board/index')}>
            工作台（{staff ? '工作人员' : lawyer ? '律师' : '调解员'}）
          </ActionButton>
        ) : null}
      </View>
    </Screen>
  )
}
