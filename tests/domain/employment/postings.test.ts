import { endOfValidity, missingFacts, ruleViolations, violationFields } from '@/shared/domain/employment/postings'

const now = new Date('2026-11-30T02:00:00Z')
const facts = {
  employerName: '黄河物业',
  title: '小区保洁员',
  description: '负责小区楼道清洁',
  education: '不限' as const,
  experience: '身体健康，能吃苦',
  openings: 2,
  address: '黄河西路 8 号',
  community: '黄河西路第一社区',
  salaryMin: 2800,
  salaryMax: 3200,
  validThrough: '2027-01-20',
}

const kinds = (text: string) => ruleViolations(text).map((v) => [v.kind, v.words])

describe('what a posting must state', () => {
  it('accepts a posting naming employer, openings, requirements, duties, location, pay and validity', () => {
    expect(missingFacts(facts, now)).toEqual({})
  })

  it('names each missing fact the rule asks for', () => {
    const bare = { ...facts, description: ' ', experience: '', openings: 0, address: '', salaryMin: 0 }
    expect(Object.keys(missingFacts(bare, now)).sort()).toEqual(['address', 'description', 'experience', 'openings', 'salaryMin'])
  })

  it('lets a posting run at most 60 days, through the whole last day in Shanghai', () => {
    expect(missingFacts({ ...facts, validThrough: '2027-01-29' }, now)).toEqual({})
    expect(missingFacts({ ...facts, validThrough: '2027-01-30' }, now)).toEqual({ validThrough: '有效期最长 60 天' })
    expect(missingFacts({ ...facts, validThrough: '2026-11-29' }, now)).toEqual({ validThrough: '有效期应在今天或以后' })
    expect(endOfValidity('2026-12-31').toISOString()).toBe('2026-12-31T16:00:00.000Z')
  })

  it('refuses a maximum pay below the minimum', () => {
    expect(missingFacts({ ...facts, salaryMax: 2000 }, now)).toEqual({ salaryMax: '最高工资不能低于最低工资' })
  })
})

describe('the posting rule check', () => {
  it('names gender discrimination', () => {
    expect(kinds('限男性，35岁以下')).toEqual([['discrimination', ['限男性']]])
    expect(kinds('女性优先，已婚已育')).toEqual([['discrimination', ['女性优先', '已婚已育']]])
  })

  it('names discrimination by ethnicity, 户籍, region and religion', () => {
    expect(kinds('仅限汉族')).toEqual([['discrimination', ['仅限汉族']]])
    expect(kinds('限本地户籍')).toEqual([['discrimination', ['限本地户籍']]])
    expect(kinds('河南人勿扰')).toEqual([['discrimination', ['河南人勿扰']]])
    expect(kinds('信教者勿扰')).toEqual([['discrimination', ['信教者勿扰']]])
  })

  it('names fees and deposits', () => {
    expect(kinds('入职交押金300元')).toEqual([['fee', ['押金']]])
    expect(kinds('需先交服装费')).toEqual([['fee', ['先交服装费']]])
  })

  it('names 招转培 and 培训贷', () => {
    expect(kinds('招转培，可办理培训贷')).toEqual([['trainingLoan', ['招转培', '培训贷']]])
  })

  it('names guaranteed-high-pay bait', () => {
    expect(kinds('保证月入过万，轻松赚钱')).toEqual([['bait', ['保证月入', '轻松赚钱']]])
  })

  it('passes harmless text that looks close', () => {
    for (const text of ['男女不限，不限户籍', '不收取任何费用，不收押金', '公司提供免费岗前培训', '五险一金，餐补，月薪面议可谈', '男装店导购，女装区陈列', '民族团结进步示范单位', '体检费用由公司承担']) {
      expect([text, ruleViolations(text)]).toEqual([text, []])
    }
  })

  it('puts each violation on its field with the words to change', () => {
    expect(violationFields({ title: '保洁员', experience: '限女性，交押金' })).toEqual({
      experience: '含有民族、性别、宗教、户籍或地域歧视：「限女性」；向求职者收取费用或押金：「押金」',
    })
  })
})
