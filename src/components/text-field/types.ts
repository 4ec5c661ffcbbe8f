export interface TextFieldProps {
  label: string
  value: string
  onChange: (value: string) => void
  /** what to fix, from the contract's field message; shown under the field in words */
  error?: string
  type?: 'text' | 'tel'
  maxLength?: number
  placeholder?: string
  /** several lines of text (descriptions) */
  multiline?: boolean
}
