export default definePageConfig({ navigationBarTitleText: '我的法律事务' })
