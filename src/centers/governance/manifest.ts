/** 社区综合治理服务中心: services shown as 即将开通 until its issue lands. */
import { defineManifest } from '../manifest'

export default defineManifest({
  name: 'governance',
  subpackage: { root: 'centers/governance', pages: ['pages/index/index'] },
  functions: [],
  collections: {},
  templates: {},
  roles: { gridWorker: '网格员' },
  privacy: { collects: [], apis: {} },
})
