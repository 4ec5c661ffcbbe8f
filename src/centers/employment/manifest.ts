/** 创业就业服务中心: services shown as 即将开通 until its issue lands. */
import { defineManifest } from '../manifest'

export default defineManifest({
  name: 'employment',
  subpackage: { root: 'centers/employment', pages: ['pages/index/index'] },
  functions: [],
  collections: {},
  templates: {},
  roles: { employer: '用人单位' },
  privacy: { collects: [], apis: {} },
})
