/**
 * The residential communities (社区) of the sub-district, used for addresses and 代办 stations.
 * Demo names: replace with the street office's official list before going live.
 */
export const COMMUNITIES = [
  '黄河西路第一社区',
  '黄河西路第二社区',
  '黄河西路第三社区',
  '黄河西路第四社区',
  '黄河西路第五社区',
  '黄河西路第六社区',
] as const
export type Community = (typeof COMMUNITIES)[number]
