import { PostInput, PostWishInput, RegisterMemberInput } from '@/shared/contracts/party-members'
import { memberDraftFrom, toRegisterInput } from '@/centers/party/pages/member/draft'
import { EMPTY_POST, toPostInput } from '@/centers/party/pages/post-editor/draft'
import { toWishInput, wishDraftFor } from '@/centers/party/pages/wish-editor/draft'

describe('党员报到 form', () => {
  it('starts from 个人资料 and sends where a floating member’s membership is kept only when floating', () => {
    const draft = { ...memberDraftFrom({ name: '王建军', phone: '13912345678', community: '黄河西路第三社区' }), branch: '第三党支部', keptAt: '东胜区' }
    expect(RegisterMemberInput.parse(toRegisterInput(draft))).toMatchObject({ name: '王建军', floating: false, keptAt: undefined })
    expect(RegisterMemberInput.safeParse(toRegisterInput({ ...draft, floating: true, keptAt: '' })).success).toBe(false)
  })
})

describe('服务岗位 form', () => {
  it('names a blank capacity on its field instead of sending zero', () => {
    const result = PostInput.safeParse(toPostInput({ ...EMPTY_POST, community: '黄河西路第三社区', kind: '助老陪伴', title: '陪伴', description: '聊天', place: '服务站', startAt: '2026-12-02T01:00:00Z', endAt: '2026-12-02T03:00:00Z' }))
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['capacity'])
  })
})

describe('微心愿 form', () => {
  it('fills a resident’s own wish from their 个人资料, and leaves staff’s blank', () => {
    const own = wishDraftFor({ name: '刘桂芳', community: '黄河西路第三社区', address: '3号楼1单元102', phone: null }, true)
    expect(own).toMatchObject({ needyName: '刘桂芳', needyAddress: '3号楼1单元102', community: '黄河西路第三社区' })
    expect(wishDraftFor({ name: '田丽' }, false).needyName).toBe('')
    const input = PostWishInput.parse(toWishInput({ ...own, needyKind: '独居老人', title: '棉鞋', description: '38 码', budget: '100' }))
    expect(input).toMatchObject({ budget: 100, hours: 1, needyPhone: undefined })
  })
})
