export default definePageConfig({ navigationBarTitleText: '老人档案' })
