/**
 * The platform's demo people: a person for every role, so each screen can be tried as the people who will use
 * it. Names are invented; the centers are those of the street's reform.
 */
import type { Role } from '@/shared/domain/roles'
import type { DocumentStore } from '../store/engine'
import { insertAll, pick, type VolumeContext } from './volume'

export interface Persona {
  openid: string
  name: string
  /** who this is, in a sentence shown on the persona picker */
  note: string
  community: string
  roles: Role[]
}

export const PERSONAS: readonly Persona[] = [
  { openid: 'persona-resident-wang', name: '王秀兰', note: '78 岁独居老人，常去日间照料中心', community: '黄河西路第二社区', roles: [{ role: 'resident' }] },
  { openid: 'persona-resident-li', name: '李建国', note: '上班族居民，常在线上办事', community: '黄河西路第一社区', roles: [{ role: 'resident' }] },
  { openid: 'persona-family-zhang', name: '张晓燕', note: '在外地工作，为母亲代订助餐', community: '黄河西路第三社区', roles: [{ role: 'resident' }, { role: 'family' }, { role: 'teamMember' }] },
  { openid: 'persona-org-liu', name: '刘芳', note: '幸福夕阳服务中心工作人员', community: '黄河西路第二社区', roles: [{ role: 'resident' }, { role: 'orgStaff', orgId: 'org-xingfu-xiyang' }] },
  { openid: 'persona-staff-affairs', name: '陈敏', note: '社区事务受理服务中心窗口人员', community: '黄河西路第一社区', roles: [{ role: 'resident' }, { role: 'centerStaff', center: 'affairs' }] },
  { openid: 'persona-staff-culture', name: '赵磊', note: '文化综合服务中心工作人员', community: '黄河西路第四社区', roles: [{ role: 'resident' }, { role: 'centerStaff', center: 'culture' }] },
  { openid: 'persona-staff-eldercare', name: '孙丽', note: '老年日间照料服务中心工作人员', community: '黄河西路第二社区', roles: [{ role: 'resident' }, { role: 'centerStaff', center: 'eldercare' }] },
  { openid: 'persona-lawyer-zhou', name: '周正', note: '法律援助服务中心值班律师', community: '黄河西路第五社区', roles: [{ role: 'resident' }, { role: 'lawyer' }] },
  { openid: 'persona-mediator-wu', name: '吴桂英', note: '人民调解员', community: '黄河西路第三社区', roles: [{ role: 'resident' }, { role: 'mediator' }, { role: 'teamMember' }] },
  { openid: 'persona-grid-zheng', name: '郑强', note: '第六社区网格员', community: '黄河西路第六社区', roles: [{ role: 'resident' }, { role: 'gridWorker' }] },
  { openid: 'persona-employer-huang', name: '黄海燕', note: '辖区物业公司人事负责人', community: '黄河西路第四社区', roles: [{ role: 'resident' }, { role: 'employer' }, { role: 'teamMember' }] },
  { openid: 'persona-admin-ma', name: '马建华', note: '街道管理员', community: '黄河西路第一社区', roles: [{ role: 'resident' }, { role: 'admin' }] },
  { openid: 'persona-staff-legal', name: '林静', note: '法律援助服务中心工作人员（援助审查、调解受理）', community: '黄河西路第五社区', roles: [{ role: 'resident' }, { role: 'centerStaff', center: 'legal' }] },
  { openid: 'persona-command-gao', name: '高志远', note: '综治中心指挥平台值班人员', community: '黄河西路第三社区', roles: [{ role: 'resident' }, { role: 'centerStaff', center: 'governance' }, { role: 'teamMember' }] },
  { openid: 'persona-grid-chen', name: '陈卫东', note: '第一社区网格员', community: '黄河西路第一社区', roles: [{ role: 'resident' }, { role: 'gridWorker' }] },
  { openid: 'persona-staff-employment', name: '何静', note: '创业就业服务中心工作人员', community: '黄河西路第三社区', roles: [{ role: 'resident' }, { role: 'centerStaff', center: 'employment' }] },
  { openid: 'persona-seeker-guo', name: '郭志强', note: '48 岁，原纺织厂职工，正在找工作（40/50）', community: '黄河西路第四社区', roles: [{ role: 'resident' }] },
  { openid: 'persona-staff-residents', name: '韩梅', note: '居民服务中心工作人员（社情民意答复、转办）', community: '黄河西路第二社区', roles: [{ role: 'resident' }, { role: 'centerStaff', center: 'residents' }] },
  { openid: 'persona-cadre-song', name: '宋志刚', note: '第一社区党委书记（书记接待日）', community: '黄河西路第一社区', roles: [{ role: 'resident' }, { role: 'cadre' }] },
  { openid: 'persona-member-yang', name: '杨帆', note: '在职党员（包钢集团），住第三社区，已到社区报到', community: '黄河西路第三社区', roles: [{ role: 'resident' }] },
  { openid: 'persona-staff-party', name: '贾红', note: '街道党建指导中心工作人员（党员确认、报到统计）', community: '黄河西路第一社区', roles: [{ role: 'resident' }, { role: 'centerStaff', center: 'party' }] },
  { openid: 'persona-community-tian', name: '田丽', note: '第三社区工作人员（服务岗位、微心愿）', community: '黄河西路第三社区', roles: [{ role: 'resident' }, { role: 'communityStaff' }] },
  { openid: 'persona-resident-liu', name: '刘桂芳', note: '81 岁独居老人，提交了一个微心愿', community: '黄河西路第三社区', roles: [{ role: 'resident' }] },
  { openid: 'persona-volunteer-li', name: '李红霞', note: '志愿者，已有 10 小时服务时长；母亲赵桂芝在日间照料中心建档', community: '黄河西路第一社区', roles: [{ role: 'resident' }, { role: 'family' }] },
]

export function seed(store: DocumentStore, now: Date): void {
  store.insert(
    'users',
    PERSONAS.map((p) => ({
      _id: p.openid,
      profile: { name: p.name, community: p.community, address: `${(p.name.charCodeAt(0) % 30) + 1}号楼${(p.name.charCodeAt(1) % 4) + 1}单元` },
      phone: null,
      roles: p.roles,
      createdAt: now,
      updatedAt: now,
    })),
  )
}

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗']
const GIVEN = ['秀兰', '建国', '桂英', '志强', '丽', '伟', '芳', '敏', '静', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '霞']

/** 60,000 residents (about 25,000 households) in six communities: buildings, units and rooms. */
export function volume(store: DocumentStore, ctx: VolumeContext): void {
  const docs: Array<Record<string, unknown>> = []
  for (let i = 0; i < 60_000; i++) {
    const openid = `street-${String(i).padStart(5, '0')}`
    const community = `黄河西路第${'一二三四五六'[i % 6]}社区`
    const building = 1 + Math.floor(ctx.random() * 40)
    const name = `${pick(ctx.random, SURNAMES)}${pick(ctx.random, GIVEN)}`
    const address = `${building}号楼${1 + Math.floor(ctx.random() * 4)}单元${1 + Math.floor(ctx.random() * 18)}0${1 + Math.floor(ctx.random() * 4)}`
    const birthYear = 1930 + Math.floor(ctx.random() * 85)
    const phone = `13${String(Math.floor(ctx.random() * 1e9)).padStart(9, '0')}`
    docs.push({
      _id: openid,
      profile: { name, community, address, birthYear },
      phone,
      roles: [],
      createdAt: ctx.now,
      updatedAt: new Date(ctx.now.getTime() - Math.floor(ctx.random() * 365) * 86_400_000),
    })
    ctx.people.set(openid, { name, phone })
    ctx.residents.push(openid)
  }
  insertAll(store, 'users', docs)
}
