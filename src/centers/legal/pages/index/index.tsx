import { CenterHome } from '@/components/center-home'

export default function LegalHome() {
  return <CenterHome code='legal' />
}
