export interface AgreeButtonProps {
  /** WeChat checks that the button with this id was tapped before the API goes on */
  id: string
  onAgree: (buttonId: string) => void
}
