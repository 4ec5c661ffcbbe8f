import { CenterHome } from '@/components/center-home'

export default function ResidentsHome() {
  return <CenterHome code='residents' />
}
