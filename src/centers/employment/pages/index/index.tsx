import { CenterHome } from '@/components/center-home'

export default function EmploymentHome() {
  return <CenterHome code='employment' />
}
