import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { PhotoButton } from '@/components/photo-button'

interface PhotosProps {
  photos: Array<{ file: string; url: string }>
  max: number
  error?: string
  onAdd: () => void
  onRemove: (file: string) => void
}

/** Photos to send with an opinion: add, preview, remove. */
export function Photos({ photos, max, error, onAdd, onRemove }: PhotosProps) {
  const urls = photos.map((p) => p.url)
  return (
    <View className='card lines'>
      <Text className='card__title'>照片（选填，{photos.length}/{max}）</Text>
      <View className='chips'>
        {photos.map((p, i) => (
          <View key={p.file} className='chips__item'>
            <PhotoButton url={p.url} urls={urls} label={`第 ${i + 1} 张照片`} />
            <ActionButton className='plain-button' label={`删除第 ${i + 1} 张照片`} onClick={() => onRemove(p.file)}>
              删除
            </ActionButton>
          </View>
        ))}
      </View>
      {photos.length < max ? (
        <ActionButton className='plain-button' onClick={onAdd}>
          添加照片
        </ActionButton>
      ) : null}
      {error ? <Text className='error-text'>{error}</Text> : null}
    </View>
  )
}

/** Photos already sent: previews that open large. */
export function PhotoRow({ urls }: { urls: string[] }) {
  if (!urls.length) return null
  return (
    <View className='chips'>
      {urls.map((u, i) => (
        <View key={u} className='chips__item'>
          <PhotoButton url={u} urls={urls} label={`第 ${i + 1} 张照片`} />
        </View>
      ))}
    </View>
  )
}
