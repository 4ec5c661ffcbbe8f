export default definePageConfig({ navigationBarTitleText: '文化综合服务中心' })
