/** 居民服务中心: services shown as 即将开通 until its issue lands. */
import { defineManifest } from '../manifest'

export default defineManifest({
  code: 'residents',
  center: {
    name: '居民服务中心（街道职工之家）',
    glyph: '民',
    purpose: '收集社情民意，干群恳谈交流',
    services: ['意见建议', '居民议事', '干群恳谈'],
    visit: {
      address: '包头市昆都仑区黄河西路街道，居民服务中心（街道职工之家）',
      phone: null,
      hours: '开放时间暂未在线公布：前往前请先向所在社区居委会或街道办事处问清，以免白跑',
      bring: ['想反映的意见建议（可提前写在纸上）', '本人居民身份证'],
    },
  },
  subpackage: { root: 'centers/residents', pages: ['pages/index/index'] },
  functions: [],
  collections: {},
  templates: {},
  roles: {},
  privacy: { collects: [], apis: {} },
})
