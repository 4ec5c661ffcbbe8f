import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { PhotoButton } from '@/components/photo-button'

/** Photos being added to a report or a disposal: previews, each removable, and adding more up to `max`. */
export function PhotoList({ title, photos, max, error, onAdd, onRemove }: { title: string; photos: Array<{ file: string; url: string }>; max: number; error?: string; onAdd: () => void; onRemove: (file: string) => void }) {
  const urls = photos.map((p) => p.url)
  return (
    <View className='card'>
      <Text className='card__title'>
        {title}（{photos.length}/{max}）
      </Text>
      {photos.length ? (
        <View className='grid'>
          {photos.map((p, i) => (
            <View key={p.file} className='material__photo'>
              <PhotoButton url={p.url} urls={urls} label={`${title}第 ${i + 1} 张`} />
              <ActionButton className='plain-button' label={`删除${title}第 ${i + 1} 张`} onClick={() => onRemove(p.file)}>
                删除这张
              </ActionButton>
            </View>
          ))}
        </View>
      ) : (
        <Text className='secondary-text'>还没有照片</Text>
      )}
      {photos.length < max ? (
        <ActionButton className='plain-button' label={`添加${title}`} onClick={onAdd}>
          拍照或选择照片
        </ActionButton>
      ) : null}
      {error ? <Text className='error-text'>{error}</Text> : null}
    </View>
  )
}
