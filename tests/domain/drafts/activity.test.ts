import { audienceOf, canSignUp, problems, signUpDraftFor, signUpText, toSignUpInput } from '@/centers/culture/pages/activity/draft'

describe('活动报名 draft', () => {
  it('starts with the person alone and one empty answer per question', () => {
    expect(signUpDraftFor({ questions: [{ label: '是否需要接送', required: true }, { label: '饮食禁忌', required: false }] })).toEqual({ companions: 0, answers: ['', ''] })
  })

  it('signs up the person with their companions and answers', () => {
    expect(toSignUpInput('act-1', { companions: 2, answers: ['需要'] })).toEqual({ activityId: 'act-1', companions: 2, answers: ['需要'] })
  })

  it('offers the waitlist when fewer places are left than the person and their companions', () => {
    expect(signUpText(3, { companions: 2, answers: [] })).toBe('确认报名')
    expect(signUpText(2, { companions: 2, answers: [] })).toBe('名额已满，加入候补')
    expect(signUpText(0, { companions: 0, answers: [] })).toBe('名额已满，加入候补')
  })

  it('names an answer that is too long, by the activities contract', () => {
    expect(problems(toSignUpInput('act-1', { companions: 0, answers: ['好'] }))).toEqual({})
    expect(problems(toSignUpInput('act-1', { companions: 0, answers: ['好', '长'.repeat(201)] }))).toEqual({ 'answers.1': '回答不能超过200个字' })
  })

  it('describes who may come in words, and nothing when everyone may', () => {
    expect(audienceOf({ minAge: 60, maxAge: null, communities: ['黄河西路第一社区', '黄河西路第二社区'] })).toEqual(['60 岁以上', '仅限第一社区、第二社区'])
    expect(audienceOf({ minAge: null, maxAge: 14, communities: [] })).toEqual(['14 岁以下'])
    expect(audienceOf({ minAge: null, maxAge: null, communities: [] })).toEqual([])
  })

  it('takes a sign-up only for a published activity from someone not already signed up', () => {
    expect(canSignUp({ status: 'published', mine: null })).toBe(true)
    expect(canSignUp({ status: 'reviewing', mine: null })).toBe(false)
    const mine = (status: 'confirmed' | 'cancelled') => ({ status }) as Parameters<typeof canSignUp>[0]['mine']
    expect(canSignUp({ status: 'published', mine: mine('confirmed') })).toBe(false)
    expect(canSignUp({ status: 'published', mine: mine('cancelled') })).toBe(true)
  })
})
