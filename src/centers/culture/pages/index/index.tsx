import { CenterHome } from '../../../../components/center-home'

export default function CultureHome() {
  return <CenterHome code='culture' />
}
