import { CenterHome } from '../../../../components/center-home'

export default function AffairsHome() {
  return <CenterHome code='affairs' />
}
