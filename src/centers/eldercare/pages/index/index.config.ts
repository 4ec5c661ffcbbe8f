export default definePageConfig({ navigationBarTitleText: '老年日间照料服务中心' })
