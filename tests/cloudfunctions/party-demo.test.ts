/** The party center's demo data works with its own actions: each persona finds what the persona picker promises. */
import { dataOf, withLocalCloud } from '../support/local-cloud'

const env = withLocalCloud({ seed: true })

describe('党建指导中心 demo', () => {
  it('has 杨帆 confirmed and reported to 第三社区, with its posts to claim', async () => {
    expect(dataOf(await env.call('persona-member-yang', 'party', 'myMemberRecord', {}))).toMatchObject({ status: 'confirmed', reportedCommunity: '黄河西路第三社区' })
    const posts = dataOf(await env.call('persona-member-yang', 'party', 'listPosts', { community: '黄河西路第三社区' }))
    expect(posts.items.map((p) => p.title)).toEqual(['12号楼楼栋长助手', '独居老人周末陪伴'])
  })

  it('has a floating member waiting for 贾红, and 刘桂芳’s own wish waiting for 田丽', async () => {
    const pending = dataOf(await env.call('persona-staff-party', 'party', 'listMembers', { status: 'pending' }))
    expect(pending.items).toEqual([expect.objectContaining({ name: '高建平', floating: true })])
    const queue = dataOf(await env.call('persona-community-tian', 'party', 'listWishes', { scope: 'manage' }))
    expect(queue.items.find((w) => w.id === 'wish-demo-liu')).toMatchObject({ status: 'vetting', needy: { name: '刘桂芳' } })
    const pool = dataOf(await env.call('persona-resident-wang', 'party', 'listWishes', {}))
    expect(pool.items.map((w) => w.who)).toEqual(['第三社区 一位独居老人', '第三社区 一位困难儿童'])
  })

  it('lists the study days of the party center', async () => {
    const studies = dataOf(await env.call(null, 'activities', 'listActivities', { center: 'party' }))
    expect(studies.items.map((a) => a.title)).toEqual(['主题党日：重温入党誓词', '三会一课：书记讲党课'])
  })
})
