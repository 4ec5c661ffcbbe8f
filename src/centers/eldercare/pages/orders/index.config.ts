export default definePageConfig({ navigationBarTitleText: '已订的餐' })
