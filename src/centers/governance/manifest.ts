/** 社区综合治理服务中心: services shown as 即将开通 until its issue lands. */
import { defineManifest } from '../manifest'

export default defineManifest({
  code: 'governance',
  center: {
    name: '社区综合治理服务中心',
    glyph: '治',
    purpose: '随手上报身边问题，指挥平台派单处置',
    services: ['问题上报', '处置进度', '结果评价'],
  },
  subpackage: { root: 'centers/governance', pages: ['pages/index/index'] },
  functions: [],
  collections: {},
  templates: {},
  roles: { gridWorker: '网格员' },
  privacy: { collects: [], apis: {} },
})
