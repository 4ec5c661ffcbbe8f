export default definePageConfig({ navigationBarTitleText: '登记志愿者' })
