export default definePageConfig({ navigationBarTitleText: '反映意见建议' })
