export default definePageConfig({ navigationBarTitleText: '黄河西路街道' })
