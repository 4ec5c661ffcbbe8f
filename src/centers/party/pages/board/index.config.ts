export default definePageConfig({ navigationBarTitleText: '党建工作台' })
