// The browser has no WeChat to tell: a real <button>, focusable and named for screen readers.
import type { AgreeButtonProps } from './types'

export function AgreeButton({ id, onAgree }: AgreeButtonProps) {
  return (
    <button type='button' id={id} className='primary-button privacy-sheet__button' onClick={() => onAgree(id)}>
      同意
    </button>
  )
}
