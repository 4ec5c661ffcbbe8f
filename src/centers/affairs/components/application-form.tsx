import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { MAX_PHOTOS } from '../pages/apply/draft'
import { PhotoButton } from '@/components/photo-button'

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

/**
 * 材料照片, one row per material of the service: what to photograph, whether it is required, the photos of it
 * (previews, each removable) and adding more, up to nine in all.
 */
export function MaterialPhotos({
  materials,
  photos,
  error,
  onAdd,
  onRemove,
}: {
  materials: Array<{ name: string; note: string; required?: boolean }>
  photos: Array<{ file: string; material: string; url?: string }>
  error?: string
  onAdd: (material: string) => void
  onRemove: (file: string) => void
}) {
  const urls = photos.flatMap((p) => (p.url ? [p.url] : []))
  // photos sent before they were labelled: kept, shown under 其他
  const other = photos.filter((p) => !materials.some((m) => m.name === p.material))
  const rows = [...materials.map((m) => ({ ...m, mine: photos.filter((p) => p.material === m.name) })), ...(other.length ? [{ name: '其他照片', note: '', required: false, mine: other }] : [])]
  return (
    <>
      <Text className='section-title'>材料照片（{photos.length}/{MAX_PHOTOS}）</Text>
      <Text className='secondary-text'>每项材料拍一张清晰的照片。照片仅您本人和经办工作人员可见。</Text>
      {rows.map((m) => (
        <View key={m.name} className='card material'>
          <Text className='list-row__title'>
            {m.name}
            {m.required === false ? '（如适用）' : '（必需）'}
          </Text>
          {m.note ? <Text className='secondary-text'>{m.note}</Text> : null}
          {m.mine.length ? (
            <View className='grid'>
              {m.mine.map((p, i) => (
                <View key={p.file} className='material__photo'>
                  {p.url ? <PhotoButton url={p.url} urls={urls} label={`${m.name}第 ${i + 1} 张`} /> : <Text>已上传第 {i + 1} 张</Text>}
                  <ActionButton className='plain-button' onClick={() => onRemove(p.file)}>
                    删除这张
                  </ActionButton>
                </View>
              ))}
            </View>
          ) : (
            <Text className='secondary-text'>还没有照片</Text>
          )}
          {photos.length < MAX_PHOTOS && m.name !== '其他照片' ? (
            <ActionButton className='plain-button' label={`添加照片：${m.name}`} onClick={() => onAdd(m.name)}>
              {m.mine.length ? '再加一张' : '拍照或选择照片'}
            </ActionButton>
          ) : null}
        </View>
      ))}
      {error ? (
        <Text className='error-text' aria-live='assertive'>
          {error}
        </Text>
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
