/** 居民服务中心's demo data: every persona finds something to try, and nobody sees another's private opinion. */
import { dataOf, errorOf, withLocalCloud } from '../support/local-cloud'

const env = withLocalCloud({ seed: true })

describe('the residents center demo', () => {
  it('gives 李建国 a verified address and his community’s topic to support, and the staff a verification to decide', async () => {
    expect(dataOf(await env.call('persona-resident-li', 'voice', 'myVerification', {}))).toMatchObject({ verified: true, community: '黄河西路第一社区' })
    const topics = dataOf(await env.call('persona-resident-li', 'voice', 'listTopics', {}))
    expect(topics.items.map((t) => t.title)).toContain('社区食堂增加早餐供应')
    // five verified neighbours in his building can support his building's topics
    const t = dataOf(await env.call('persona-resident-li', 'voice', 'proposeTopic', { title: '楼道加装扶手', body: '方便老人上下楼', scope: 'building' }))
    for (let k = 1; k <= 5; k++) dataOf(await env.call(`demo-neighbour-${k}`, 'voice', 'supportTopic', { topicId: t.id }))
    expect(dataOf(await env.call('persona-resident-li', 'voice', 'getTopic', { topicId: t.id })).stepText).toBe('征求意见（已达 5 人支持，待议事会协商）')
    const pending = dataOf(await env.call('persona-staff-residents', 'voice', 'listVerifications', {}))
    expect(pending.items.map((r) => r.name)).toContain('郭志强')
  })

  it('lists the public opinions for neighbours and keeps 王秀兰’s private demand to her and the staff', async () => {
    const list = dataOf(await env.call('persona-resident-li', 'voice', 'listOpinions', { publicOnly: true }))
    expect(list.items.map((o) => o.id)).toEqual(expect.arrayContaining(['opinion-demo-light', 'opinion-demo-parking']))
    expect(list.items.find((o) => o.id === 'opinion-demo-parking')?.author).toBe('匿名居民')
    expect(errorOf(await env.call('persona-resident-li', 'voice', 'getOpinion', { opinionId: 'opinion-demo-wang' })).code).toBe('FORBIDDEN')
    expect(dataOf(await env.call('persona-staff-residents', 'voice', 'getOpinion', { opinionId: 'opinion-demo-wang' })).author).toBe('王秀兰')
  })

  it('shows 书记 宋志刚’s reception hours to everyone and his board to him', async () => {
    const receptions = dataOf(await env.call(null, 'voice', 'listReceptions', {}))
    expect(receptions.items[0]).toMatchObject({ title: '书记接待日', cadreName: '宋志刚' })
    dataOf(await env.call('persona-cadre-song', 'voice', 'receptionBoard', { receptionId: 'reception-song', day: '2026-12-02' }))
  })
})
