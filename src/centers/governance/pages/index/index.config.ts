export default definePageConfig({ navigationBarTitleText: '社区综合治理服务中心' })
