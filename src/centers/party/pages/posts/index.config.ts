export default definePageConfig({ navigationBarTitleText: '双报到服务岗位' })
