export default definePageConfig({ navigationBarTitleText: '干群恳谈' })
