/** The eight centers of 黄河西路街道「多中心一平台」, in the order the street presents them. */
export const CENTER_CODES = [
  'affairs',
  'governance',
  'legal',
  'culture',
  'eldercare',
  'residents',
  'party',
  'employment',
] as const
export type CenterCode = (typeof CENTER_CODES)[number]

export interface Center {
  code: CenterCode
  name: string
  /** one character shown in the icon badge; never the only way the center is named */
  glyph: string
  purpose: string
  /** upcoming services listed on the center's page */
  services: string[]
}

export const CENTERS: readonly Center[] = [
  {
    code: 'affairs',
    name: '社区事务受理服务中心',
    glyph: '办',
    purpose: '一门服务、一口受理、两级代办，预约窗口少跑路',
    services: ['办事指南', '窗口预约', '代办申请与进度查询'],
  },
  {
    code: 'governance',
    name: '社区综合治理服务中心',
    glyph: '治',
    purpose: '随手上报身边问题，指挥平台派单处置',
    services: ['问题上报', '处置进度', '结果评价'],
  },
  {
    code: 'legal',
    name: '法律援助服务中心',
    glyph: '法',
    purpose: '法律咨询、法律援助申请与矛盾纠纷调解',
    services: ['法律咨询', '法律援助申请', '人民调解'],
  },
  {
    code: 'culture',
    name: '文化综合服务中心',
    glyph: '文',
    purpose: '「五个黄河」「四季的关怀」等文体活动报名',
    services: ['活动报名', '签到', '社会组织'],
  },
  {
    code: 'eldercare',
    name: '老年日间照料服务中心',
    glyph: '老',
    purpose: '助餐送餐、生活照料，子女可为父母代订',
    services: ['老人档案', '助餐订餐', '上门服务'],
  },
  {
    code: 'residents',
    name: '居民服务中心（街道职工之家）',
    glyph: '民',
    purpose: '反映社情民意，参与居民议事',
    services: ['意见建议', '居民议事', '干群恳谈'],
  },
  {
    code: 'party',
    name: '街道党建指导中心（党员服务中心）',
    glyph: '党',
    purpose: '党员管理、流动党员服务与志愿服务',
    services: ['党员报到', '志愿服务', '学习活动'],
  },
  {
    code: 'employment',
    name: '创业就业服务中心',
    glyph: '业',
    purpose: '岗位信息、岗前培训与创业扶持',
    services: ['招聘岗位', '技能培训', '创业扶持'],
  },
]

export function centerByCode(code: string): Center | undefined {
  return CENTERS.find((c) => c.code === code)
}

/** Where a center's subpackage entry page lives (one subpackage per center). */
export function centerEntryPath(code: CenterCode): string {
  return `/centers/${code}/pages/index/index`
}
