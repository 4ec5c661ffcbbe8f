import { CenterHome } from '@/components/center-home'

export default function PartyHome() {
  return <CenterHome code='party' />
}
