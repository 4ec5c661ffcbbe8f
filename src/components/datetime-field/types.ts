export interface DateTimeFieldProps {
  label: string
  /** ISO instant, or '' while unset */
  value: string
  onChange: (iso: string) => void
  error?: string
}
