export default definePageConfig({ navigationBarTitleText: '中心审核' })
