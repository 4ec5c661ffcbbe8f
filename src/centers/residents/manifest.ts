/** 居民服务中心: services shown as 即将开通 until its issue lands. */
import { defineManifest } from '../manifest'

export default defineManifest({
  name: 'residents',
  subpackage: { root: 'centers/residents', pages: ['pages/index/index'] },
  functions: [],
  collections: {},
  templates: {},
  roles: {},
  privacy: { collects: [], apis: {} },
})
