/** 法律援助服务中心: services shown as 即将开通 until its issue lands. */
import { defineManifest } from '../manifest'

export default defineManifest({
  name: 'legal',
  subpackage: { root: 'centers/legal', pages: ['pages/index/index'] },
  functions: [],
  collections: {},
  templates: {},
  roles: { lawyer: '律师', mediator: '调解员' },
  privacy: { collects: [], apis: {} },
})
