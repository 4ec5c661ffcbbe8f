import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { PhotoButton } from '@/components/photo-button'
import { TextField } from '@/components/text-field'
import type { WishView } from '@/shared/contracts/party-members'
import type { useWish } from '../pages/wish/use-wish'

/** What the person may do with a wish now: claim it, say it was delivered, vet it, or confirm it with a photo (staff). */
export function WishSteps({ w, p }: { w: WishView; p: ReturnType<typeof useWish> }) {
  return (
    <>
        {w.status === 'open' && !w.mine && !w.canManage ? (
          <>
            <Text className='secondary-text notice-promise'>认领时会请您允许「党建服务进度通知」：社区确认心愿实现后，微信会通知您。</Text>
            <ActionButton className='primary-button spaced' disabled={p.busy} onClick={p.claim}>
              认领心愿
            </ActionButton>
          </>
        ) : null}
        {w.status === 'claimed' && w.claimedByMe ? (
          <View className='card lines'>
            <TextField label='送达说明' multiline value={p.note} onChange={p.setNote} maxLength={200} error={p.fields.note} placeholder='如：已送到第三社区党群服务站，交给王干事' />
            <ActionButton className='primary-button spaced' disabled={p.busy} onClick={p.fulfil}>
              我已送达
            </ActionButton>
          </View>
        ) : null}
        {w.status === 'vetting' && w.canManage ? (
          <View className='card lines'>
            <ActionButton className='primary-button spaced' disabled={p.busy} onClick={() => p.vet(true)}>
              审核通过并公布
            </ActionButton>
            <TextField label='不通过的理由' value={p.reason} onChange={p.setReason} maxLength={200} error={p.fields.reason} />
            <ActionButton className='plain-button spaced' disabled={p.busy || !p.reason.trim()} disabledReason={!p.reason.trim() ? '请先写明理由' : undefined} onClick={() => p.vet(false)}>
              不通过
            </ActionButton>
          </View>
        ) : null}
        {w.status === 'delivered' && w.canManage ? (
          <View className='card lines'>
            <Text className='card__title'>确认心愿实现</Text>
            <View className='grid'>
              {p.photos.map((ph, i) => (
                <View key={ph.file} className='material__photo'>
                  <PhotoButton url={ph.url} urls={p.photos.map((x) => x.url)} label={`已选的照片第 ${i + 1} 张`} />
                  <ActionButton className='plain-button' onClick={() => p.removePhoto(ph.file)}>
                    删除这张照片
                  </ActionButton>
                </View>
              ))}
            </View>
            {p.photos.length < 3 ? (
              <ActionButton className='plain-button spaced' onClick={p.addPhoto}>
                拍照或选择照片
              </ActionButton>
            ) : null}
            {p.fields.photos ? <Text className='error-text'>{p.fields.photos}</Text> : null}
            <ActionButton className='primary-button spaced' disabled={p.busy || !p.photos.length} disabledReason={!p.photos.length ? '请先拍一张心愿实现的照片' : undefined} onClick={p.confirm}>
              确认已实现
            </ActionButton>
          </View>
        ) : null}
    </>
  )
}
