import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ActionButton } from '@/components/action-button'

const go = (page: string) => () => Taro.navigateTo({ url: `/centers/party/pages/${page}` })

/**
 * 志愿服务与时间银行 on the party center's home page: register, one's hours and record, and (staff) recording
 * hours. `staff`: the caller is the party center's staff.
 */
export function VolunteerEntries({ staff }: { staff: boolean }) {
  return (
    <View>
      <ActionButton className='plain-button list-row' onClick={go('hours/index')}>
        <Text className='list-row__title'>志愿服务与时间银行</Text>
        <Text className='secondary-text'>登记志愿者，查看服务时长，下载志愿服务记录证明，用时长为家中老人兑换上门服务</Text>
      </ActionButton>
      {staff ? (
        <ActionButton className='plain-button list-row' onClick={go('volunteer-staff/index')}>
          <Text className='list-row__title'>志愿者与记时（工作人员）</Text>
          <Text className='secondary-text'>查看志愿者，为核实过的服务记录时长</Text>
        </ActionButton>
      ) : null}
    </View>
  )
}
