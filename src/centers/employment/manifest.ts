/** 创业就业服务中心: services shown as 即将开通 until its issue lands. */
import { defineManifest } from '../manifest'

export default defineManifest({
  code: 'employment',
  center: {
    name: '创业就业服务中心',
    glyph: '业',
    purpose: '大学生和「40、50」人员就业服务、岗前培训与创业指导',
    services: ['招聘岗位', '技能培训', '创业扶持'],
    visit: {
      address: '包头市昆都仑区黄河西路街道，创业就业服务中心',
      phone: null,
      hours: '开放时间暂未在线公布：前往前请先向所在社区居委会或街道办事处问清，以免白跑',
      bring: ['本人居民身份证', '简历或学历证明', '已办理失业登记的，带上就业创业证'],
    },
  },
  subpackage: { root: 'centers/employment', pages: ['pages/index/index'] },
  functions: [],
  collections: {},
  templates: {},
  roles: { employer: '用人单位' },
  privacy: { collects: [], apis: {} },
})
