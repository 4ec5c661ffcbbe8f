export default definePageConfig({ navigationBarTitleText: '单位招聘' })
