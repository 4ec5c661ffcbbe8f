export default definePageConfig({ navigationBarTitleText: '导入老人名册' })
