export default definePageConfig({ navigationBarTitleText: '发布菜单' })
