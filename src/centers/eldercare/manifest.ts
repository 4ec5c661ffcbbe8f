/** 老年日间照料服务中心: services shown as 即将开通 until its issue lands. */
import { defineManifest } from '../manifest'

export default defineManifest({
  name: 'eldercare',
  subpackage: { root: 'centers/eldercare', pages: ['pages/index/index'] },
  functions: [],
  collections: {},
  templates: {},
  roles: {},
  privacy: { collects: [], apis: {} },
})
