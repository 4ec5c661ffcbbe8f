/** 创业就业服务中心: services shown as 即将开通 until its issue lands. */
import { defineManifest } from '../manifest'

export default defineManifest({
  code: 'employment',
  center: {
    name: '创业就业服务中心',
    glyph: '业',
    purpose: '岗位信息、岗前培训与创业扶持',
    services: ['招聘岗位', '技能培训', '创业扶持'],
  },
  subpackage: { root: 'centers/employment', pages: ['pages/index/index'] },
  functions: [],
  collections: {},
  templates: {},
  roles: { employer: '用人单位' },
  privacy: { collects: [], apis: {} },
})
