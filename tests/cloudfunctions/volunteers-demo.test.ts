/** The time bank's demo: 李红霞 has 10 verified hours, her mother 赵桂芝 a bath to pay, and the eldercare demo is untouched. */
import { dataOf, withLocalCloud } from '../support/local-cloud'

const env = withLocalCloud({ seed: true, strictIndexes: true })
const LI = 'persona-volunteer-li'

describe('the volunteers demo', () => {
  it('shows 李红霞 her 10 verified hours and her mother’s time bank', async () => {
    expect(dataOf(await env.call(LI, 'party', 'myHours', {}))).toMatchObject({
      balanceText: '10 小时',
      volunteer: { number: 'ZYHX2026', name: '李红霞' },
      seniors: [{ seniorId: 'senior-zhao', name: '赵桂芝', standing: 'family' }],
    })
    const ledger = dataOf(await env.call(LI, 'party', 'ledger', {})).items
    expect(ledger.map((r) => r.verifiedBy)).toEqual(['孙丽', '赵磊', '赵磊'])
  })

  it('lets her pay her mother’s bath with her hours, and makes her record', async () => {
    const bank = dataOf(await env.call(LI, 'party', 'myHours', { seniorId: 'senior-zhao' }))
    expect(bank.bookings).toEqual([expect.objectContaining({ serviceName: '助浴', costText: '1 小时', paidText: null })])
    dataOf(await env.call(LI, 'party', 'spendHours', { bookingId: bank.bookings[0].bookingId, from: 'mine' }))
    expect(dataOf(await env.call(LI, 'party', 'myHours', {})).balanceText).toBe('9 小时')
    expect(dataOf(await env.call(LI, 'party', 'serviceRecord', {})).totalText).toBe('10 小时')
    // the slot engine counts her mother's bath as taken
    const day = dataOf(await env.call(LI, 'eldercare', 'homeServiceBookings', { seniorId: 'senior-zhao' })).items[0]
    expect(day).toMatchObject({ serviceName: '助浴', status: 'booked' })
  })

  it('leaves 王秀兰 without linked family, as the eldercare browser test expects', async () => {
    expect(env.cloud.store.find('seniors', { query: { _id: 'senior-wang' } })[0].familyIds).toEqual([])
  })
})
