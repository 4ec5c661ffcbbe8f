/** 法律援助服务中心: services shown as 即将开通 until its issue lands. */
import { defineManifest } from '../manifest'

export default defineManifest({
  code: 'legal',
  center: {
    name: '法律援助服务中心',
    glyph: '法',
    purpose: '法律咨询、法律援助申请与矛盾纠纷调解',
    services: ['法律咨询', '法律援助申请', '人民调解'],
  },
  subpackage: { root: 'centers/legal', pages: ['pages/index/index'] },
  functions: [],
  collections: {},
  templates: {},
  roles: { lawyer: '律师', mediator: '调解员' },
  privacy: { collects: [], apis: {} },
})
