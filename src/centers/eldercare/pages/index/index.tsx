import { CenterHome } from '@/components/center-home'

export default function EldercareHome() {
  return <CenterHome code='eldercare' />
}
