/** 老年日间照料服务中心: services shown as 即将开通 until its issue lands. */
import { defineManifest } from '../manifest'

export default defineManifest({
  code: 'eldercare',
  center: {
    name: '老年日间照料服务中心',
    glyph: '老',
    purpose: '助餐送餐、生活照料，子女可为父母代订',
    services: ['老人档案', '助餐订餐', '上门服务'],
  },
  subpackage: { root: 'centers/eldercare', pages: ['pages/index/index'] },
  functions: [],
  collections: {},
  templates: {},
  roles: {},
  privacy: { collects: [], apis: {} },
})
