// In the browser: the native date and time inputs, read as Shanghai wall-clock time.
import { useId } from 'react'
import { fromParts, toParts } from './shanghai'
import type { DateTimeFieldProps } from './types'
import '../text-field/index.scss'

export function DateTimeField({ label, value, onChange, error }: DateTimeFieldProps) {
  const id = useId()
  const { day, time } = toParts(value)
  return (
    <div className={error ? 'text-field text-field--error' : 'text-field'}>
      <label className='text-field__label' htmlFor={`${id}-day`}>
        {label}
      </label>
      <div className='datetime-field'>
        <input id={`${id}-day`} className='text-field__input' type='date' value={day} aria-invalid={!!error} onChange={(e) => onChange(fromParts(e.target.value, time || '09:00'))} />
        <input aria-label={`${label}（时刻）`} className='text-field__input' type='time' value={time} aria-invalid={!!error} onChange={(e) => onChange(fromParts(day, e.target.value))} />
      </div>
      {error ? <span className='text-field__error'>{error}</span> : null}
    </div>
  )
}
