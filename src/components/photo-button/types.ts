export interface PhotoButtonProps {
  /** the picture shown as a preview */
  url: string
  /** every picture of the set, for swiping in the full-size view */
  urls: string[]
  /** what the picture is, for screen readers (the picture itself is decorative) */
  label: string
}
