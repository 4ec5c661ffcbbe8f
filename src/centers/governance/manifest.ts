/** 社区综合治理服务中心: services shown as 即将开通 until its issue lands. */
import { defineManifest } from '../manifest'

export default defineManifest({
  code: 'governance',
  center: {
    name: '社区综合治理服务中心',
    glyph: '治',
    purpose: '整合公检法司等力量，化解影响辖区安全稳定的问题',
    services: ['问题上报', '处置进度', '结果评价'],
    visit: {
      address: '包头市昆都仑区黄河西路街道，社区综合治理服务中心；也可向所在网格的网格员反映',
      phone: null,
      hours: '开放时间暂未在线公布：前往前请先向所在社区居委会或街道办事处问清，以免白跑',
      bring: ['问题所在的位置（小区、楼号或路口）', '现场照片（如有）'],
    },
  },
  subpackage: { root: 'centers/governance', pages: ['pages/index/index'] },
  functions: [],
  collections: {},
  templates: {},
  roles: { gridWorker: '网格员' },
  privacy: { collects: [], apis: {} },
})
