import { Text, View } from '@tarojs/components'
import type { Center } from '@/shared/domain/centers'
import './index.scss'

/** 到中心现场办理: address, phone, hours and what to bring — only what is known, else whom to ask. */
export function VisitCard({ visit }: { visit: Center['visit'] }) {
  return (
    <View className='card center-visit' role='region' aria-label='到中心现场办理'>
      <Text className='card__title'>到中心现场办理</Text>
      <View className='lines'>
        <Text>地址：{visit.address}</Text>
        <Text>电话：{visit.phone ?? '暂未公布，请向所在社区居委会或街道办事处询问'}</Text>
        <Text>开放时间：{visit.hours}</Text>
      </View>
      <Text className='center-visit__bring-title'>请携带</Text>
      <View className='lines'>
        {visit.bring.map((item) => (
          <Text key={item}>· {item}</Text>
        ))}
      </View>
    </View>
  )
}
