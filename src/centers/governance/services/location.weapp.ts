/**
 * WeChat: wx.chooseLocation opens the map to pick where the problem is. It is a privacy API (选择的位置信息,
 * declared in the manifest): WeChat asks for the guide's consent first. Cancelled, refused or unavailable: null,
 * and the report falls back to the resident's own building.
 */
import Taro from '@tarojs/taro'
import type { PickedPlace } from './location-types'

export type { PickedPlace }

export const MAP_AVAILABLE = true

export async function pickPlace(): Promise<PickedPlace | null> {
  try {
    const { name, address, latitude, longitude } = await Taro.chooseLocation({})
    if (typeof latitude !== 'number' || typeof longitude !== 'number') return null
    return { name: name || address || '地图上选择的位置', address: address ?? '', lat: latitude, lng: longitude }
  } catch {
    return null
  }
}
