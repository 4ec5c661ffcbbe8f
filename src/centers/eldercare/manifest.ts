/** 老年日间照料服务中心: services shown as 即将开通 until its issue lands. */
import { defineManifest } from '../manifest'

export default defineManifest({
  code: 'eldercare',
  center: {
    name: '老年日间照料服务中心',
    glyph: '老',
    purpose: '生活照料、家政服务、送餐上门，由幸福夕阳服务中心带动运行',
    services: ['老人档案', '助餐订餐', '上门服务'],
    visit: {
      address: '包头市昆都仑区黄河西路街道，老年日间照料服务中心（由幸福夕阳服务中心带动运行）',
      phone: null,
      hours: '开放时间暂未在线公布：前往前请先向所在社区居委会或街道办事处问清，以免白跑',
      bring: ['老人的居民身份证', '子女代为咨询的，带上本人身份证', '老人的身体情况和饮食要求（如糖尿病、低盐、软食）'],
    },
  },
  subpackage: { root: 'centers/eldercare', pages: ['pages/index/index'] },
  functions: [],
  collections: {},
  templates: {},
  roles: {},
  privacy: { collects: [], apis: {} },
})
