export default definePageConfig({ navigationBarTitleText: '社区事务受理服务中心' })
