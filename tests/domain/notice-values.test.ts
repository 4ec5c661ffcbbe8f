import { asPhrase, refusedNoticeField } from '@/shared/domain/notice-values'
import { formatForNotice } from '@/shared/time'

describe('subscription message fields WeChat accepts', () => {
  it('accepts each type in the forms 订阅消息参数值内容限制 lists', () => {
    expect(
      refusedNoticeField({
        thing1: { value: '重阳节合唱团排练（第一社区活动室）' },
        phrase2: { value: '已派单' },
        time3: { value: '2026年12月1日 09:30' },
        time4: { value: '15:01~16:30' },
        date5: { value: '2026年12月30日' },
        character_string6: { value: 'A-20261201-0003' },
        number7: { value: '120' },
        amount8: { value: '¥12.50' },
        name9: { value: '王秀兰' },
        phone_number10: { value: '+86-0472-6661234' },
      }),
    ).toBeNull()
  })

  it('refuses what WeChat refuses with 47003, naming the field', () => {
    expect(refusedNoticeField({ thing1: { value: '候补成功' }, phrase2: { value: '调解协议已生效' } })).toBe('phrase2')
    expect(refusedNoticeField({ phrase2: { value: 'OK' } })).toBe('phrase2')
    expect(refusedNoticeField({ time2: { value: '12月1日 周二 09:30' } })).toBe('time2')
    expect(refusedNoticeField({ time2: { value: '2026年12月1日 24:00' } })).toBe('time2')
    expect(refusedNoticeField({ thing1: { value: '一二三四五六七八九十一二三四五六七八九十一' } })).toBe('thing1')
    expect(refusedNoticeField({ thing1: { value: '' } })).toBe('thing1')
    expect(refusedNoticeField({ character_string1: { value: '援字〔2026〕12号' } })).toBe('character_string1')
    expect(refusedNoticeField({ keyword1: { value: '旧版模板的字段' } })).toBe('keyword1')
  })

  it('turns a status into at most five Chinese characters', () => {
    expect(asPhrase('已派单，等待处理')).toBe('已派单等待')
    expect(asPhrase('律师已答复')).toBe('律师已答复')
    expect(asPhrase('2 人已确认')).toBe('人已确认')
    expect(asPhrase('OK')).toBe('有更新')
    for (const text of ['已派单，等待处理', '调解协议已生效', '未遇到老人']) expect(refusedNoticeField({ phrase1: { value: asPhrase(text) } })).toBeNull()
  })

  it('writes times with the year and without the weekday, in Shanghai whatever the process zone', () => {
    expect(formatForNotice(new Date('2026-12-01T01:30:00Z'))).toBe('2026年12月1日 09:30')
    expect(formatForNotice(new Date('2026-12-31T16:30:00Z'))).toBe('2027年1月1日 00:30')
    expect(formatForNotice(new Date('2026-12-31T16:30:00Z'), false)).toBe('2027年1月1日')
    expect(refusedNoticeField({ time1: { value: formatForNotice(new Date('2026-12-01T15:59:00Z')) } })).toBeNull()
  })
})

describe('the status words the centers send in phrase fields', () => {
  it('are all at most five Chinese characters as they are, not cut', async () => {
    const { DECISION_TEXT } = await import('@/shared/domain/affairs/applications')
    const { LINK_STATUS_TEXT } = await import('@/shared/domain/eldercare/seniors')
    const { MOVE_TEXT } = await import('@/shared/domain/employment/applications')
    const { REPORT_OUTCOME } = await import('@/shared/domain/employment/reports')
    const { AID_STEP_PHRASE } = await import('@/shared/domain/legal/aid')
    const words = [DECISION_TEXT, LINK_STATUS_TEXT, MOVE_TEXT, REPORT_OUTCOME, AID_STEP_PHRASE].flatMap((table) => Object.values(table).map((w) => w.replace('标记', '')))
    expect(words.filter((w) => refusedNoticeField({ phrase2: { value: w } }))).toEqual([])
  })
})
