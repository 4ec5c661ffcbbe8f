import { CenterHome } from '@/components/center-home'

export default function GovernanceHome() {
  return <CenterHome code='governance' />
}
