export default definePageConfig({ navigationBarTitleText: '预约律师面谈' })
