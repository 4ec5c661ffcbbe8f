export default definePageConfig({ navigationBarTitleText: '每日送餐单' })
