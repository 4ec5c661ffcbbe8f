/** 居民服务中心: services shown as 即将开通 until its issue lands. */
import { defineManifest } from '../manifest'

export default defineManifest({
  code: 'residents',
  center: {
    name: '居民服务中心（街道职工之家）',
    glyph: '民',
    purpose: '反映社情民意，参与居民议事',
    services: ['意见建议', '居民议事', '干群恳谈'],
  },
  subpackage: { root: 'centers/residents', pages: ['pages/index/index'] },
  functions: [],
  collections: {},
  templates: {},
  roles: {},
  privacy: { collects: [], apis: {} },
})
