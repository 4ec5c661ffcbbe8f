export default definePageConfig({ navigationBarTitleText: '网格、队伍与时限' })
