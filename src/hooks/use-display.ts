import { useMemo, useSyncExternalStore } from 'react'
import { isElderMode, setElderMode, subscribeDisplay, systemFontScale } from '../services/display'

export function useDisplay() {
  const elder = useSyncExternalStore(subscribeDisplay, isElderMode, isElderMode)
  const scale = useMemo(systemFontScale, [])
  return { elder, scale, setElder: setElderMode }
}
