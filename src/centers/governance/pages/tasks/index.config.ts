export default definePageConfig({ navigationBarTitleText: '问题处置' })
