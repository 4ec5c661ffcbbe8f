/** 法律援助服务中心: services shown as 即将开通 until its issue lands. */
import { defineManifest } from '../manifest'

export default defineManifest({
  code: 'legal',
  center: {
    name: '法律援助服务中心',
    glyph: '法',
    purpose: '人民调解、行政调解、司法调解联动，提供法律援助',
    services: ['法律咨询', '法律援助申请', '人民调解'],
    visit: {
      address: '包头市昆都仑区黄河西路街道，法律援助服务中心',
      phone: null,
      hours: '开放时间暂未在线公布：前往前请先向所在社区居委会或街道办事处问清，以免白跑',
      bring: ['本人居民身份证', '与纠纷有关的材料（合同、借条、票据、聊天记录、照片等）', '申请法律援助的，带上经济困难的证明（如低保证）'],
    },
  },
  subpackage: { root: 'centers/legal', pages: ['pages/index/index'] },
  functions: [],
  collections: {},
  templates: {},
  roles: { lawyer: '律师', mediator: '调解员' },
  privacy: { collects: [], apis: {} },
})
