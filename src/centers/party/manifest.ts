/** 街道党建指导中心: services shown as 即将开通 until its issue lands. */
import { defineManifest } from '../manifest'

export default defineManifest({
  code: 'party',
  center: {
    name: '街道党建指导中心（党员服务中心）',
    glyph: '党',
    purpose: '党员管理、流动党员服务与志愿服务',
    services: ['党员报到', '志愿服务', '学习活动'],
  },
  subpackage: { root: 'centers/party', pages: ['pages/index/index'] },
  functions: [],
  collections: {},
  templates: {},
  roles: {},
  privacy: { collects: [], apis: {} },
})
