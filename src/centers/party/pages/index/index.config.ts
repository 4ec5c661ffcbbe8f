export default definePageConfig({ navigationBarTitleText: '街道党建指导中心' })
