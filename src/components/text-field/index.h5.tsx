// In the browser: a real <label> for a real <input>, the error tied to it for screen readers.
import { useId } from 'react'
import type { TextFieldProps } from './types'
import './index.scss'

export function TextField({ label, value, onChange, error, type = 'text', maxLength, placeholder, multiline }: TextFieldProps) {
  const inputId = useId()
  const errorId = `${inputId}-error`
  return (
    <div className={error ? 'text-field text-field--error' : 'text-field'}>
      <label className='text-field__label' htmlFor={inputId}>
        {label}
      </label>
      {multiline ? (
        <textarea
          id={inputId}
          className='text-field__input text-field__input--multiline'
          value={value}
          maxLength={maxLength}
          placeholder={placeholder}
          aria-invalid={!!error}
          aria-describedby={error ? errorId : undefined}
          onChange={(e) => onChange(e.target.value)}
        />
      ) : (
        <input
          id={inputId}
          className='text-field__input'
          type={type}
          inputMode={type === 'tel' ? 'numeric' : undefined}
          value={value}
          maxLength={maxLength}
          placeholder={placeholder}
          aria-invalid={!!error}
          aria-describedby={error ? errorId : undefined}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      {error ? (
        <span id={errorId} className='text-field__error'>
          {error}
        </span>
      ) : null}
    </div>
  )
}
