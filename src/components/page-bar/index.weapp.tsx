// In WeChat the native navigation bar shows the page's title (navigationBarTitleText) and the back/home
// button: nothing is drawn here, so the title is never doubled.
export function PageBar() {
  return null
}
