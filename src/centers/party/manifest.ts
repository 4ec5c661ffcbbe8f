/** 街道党建指导中心: services shown as 即将开通 until its issue lands. */
import { defineManifest } from '../manifest'

export default defineManifest({
  name: 'party',
  subpackage: { root: 'centers/party', pages: ['pages/index/index'] },
  functions: [],
  collections: {},
  templates: {},
  roles: {},
  privacy: { collects: [], apis: {} },
})
