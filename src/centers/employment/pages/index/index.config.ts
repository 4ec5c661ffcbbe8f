export default definePageConfig({ navigationBarTitleText: '创业就业服务中心' })
