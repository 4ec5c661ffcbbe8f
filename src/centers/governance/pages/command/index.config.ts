export default definePageConfig({ navigationBarTitleText: '综合指挥平台' })
