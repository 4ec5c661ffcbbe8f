import { Text, View } from '@tarojs/components'
import { ActionButton } from '../../../components/action-button'
import { MAX_PHOTOS } from '../pages/apply/draft'

/** 受理的社区服务站: the community station that accepts the application (一口受理). */
export function StationChoice({ stations, chosen, error, onChoose }: { stations: Array<{ id: string; name: string }>; chosen: string | undefined; error?: string; onChoose: (id: string) => void }) {
  return (
    <>
      <Text className='section-title'>受理的社区服务站</Text>
      <View className='chips'>
        {stations.map((s) => (
          <ActionButton
            key={s.id}
            className={s.id === chosen ? 'choice-button choice-button--on chips__item' : 'choice-button chips__item'}
            pressed={s.id === chosen}
            onClick={() => onChoose(s.id)}
          >
            {s.name}
          </ActionButton>
        ))}
      </View>
      {error ? <Text className='error-text'>{error}</Text> : null}
    </>
  )
}

/** 材料照片: what to photograph, the photos taken (each removable), and adding more up to nine. */
export function MaterialPhotos({ materials, files, onAdd, onRemove }: { materials: Array<{ name: string }>; files: string[]; onAdd: () => void; onRemove: (file: string) => void }) {
  return (
    <>
      <Text className='section-title'>材料照片（{files.length}/{MAX_PHOTOS}）</Text>
      <Text className='secondary-text'>请拍摄：{materials.map((m) => m.name).join('、')}。照片仅您本人和经办工作人员可见。</Text>
      <View className='grid'>
        {files.map((f, i) => (
          <View key={f} className='grid__item card'>
            <Text>第 {i + 1} 张</Text>
            <ActionButton className='plain-button' onClick={() => onRemove(f)}>
              删除第 {i + 1} 张
            </ActionButton>
          </View>
        ))}
      </View>
      {files.length < MAX_PHOTOS ? (
        <ActionButton className='plain-button spaced' onClick={onAdd}>
          添加材料照片
        </ActionButton>
      ) : null}
    </>
  )
}

/** A returned application: why, and exactly which materials are missing. */
export function ReturnedNotice({ reason, missing }: { reason: string | null | undefined; missing: string[] }) {
  return (
    <View className='notice'>
      <Text>退回原因：{reason}</Text>
      <Text style={{ display: 'block' }}>请补充：{missing.join('、')}</Text>
    </View>
  )
}
