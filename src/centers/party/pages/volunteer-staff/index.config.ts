export default definePageConfig({ navigationBarTitleText: '志愿者与记时' })
