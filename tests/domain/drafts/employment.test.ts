import { EMPTY_EMPLOYER, employerProblems, toEmployerInput } from '@/centers/employment/pages/employer/draft'
import { emptyJob, toJobInput, validFor } from '@/centers/employment/pages/editor/draft'
import { EMPTY_RESUME, resumeFrom, toggled, toProfileInput } from '@/centers/employment/pages/resume/draft'
import { JobInput, ProfileInput } from '@/shared/contracts/employment'

const now = new Date('2026-11-30T17:00:00Z') // 12月1日 01:00 in Shanghai

describe('the résumé form', () => {
  it('starts from the person’s name and phone, and splits skills typed on one line', () => {
    const draft = { ...resumeFrom(null, { name: '郭志强', phone: '13700005678' }), education: '高中/中专' as const, experience: '挡车工', desiredJob: '保洁', skills: '电工、 驾驶，电工 叉车' }
    const input = toProfileInput(draft)
    expect(input.skills).toEqual(['电工', '驾驶', '叉车'])
    expect(ProfileInput.safeParse(input).success).toBe(true)
  })

  it('asks for the education when none is chosen', () => {
    expect(ProfileInput.safeParse(toProfileInput({ ...EMPTY_RESUME, name: '郭志强', phone: '13700005678' })).success).toBe(false)
  })

  it('toggles a choice on and off', () => {
    expect(toggled(toggled(['40/50'], '残疾人'), '40/50')).toEqual(['残疾人'])
  })
})

describe('the posting form', () => {
  it('runs 30 days from today in Shanghai unless another length is chosen', () => {
    expect(emptyJob(now).validThrough).toBe('2026-12-31')
    expect(validFor(now, 60)).toBe('2027-01-30')
  })

  it('reads numbers typed as text, a missing maximum as a fixed wage', () => {
    const draft = { ...emptyJob(now, '黄河西路第四社区'), title: '保洁员', description: '楼道保洁', experience: '能吃苦', openings: '2', address: '88 号', salaryMin: '3000', salaryMax: '', workHours: '白班' }
    const input = toJobInput(draft)
    expect(input).toMatchObject({ openings: 2, salaryMin: 3000, salaryMax: 3000, community: '黄河西路第四社区' })
    expect(JobInput.safeParse(input).success).toBe(true)
  })

  it('refuses pay that is not a whole number instead of guessing', () => {
    expect(JobInput.safeParse(toJobInput({ ...emptyJob(now), salaryMin: '三千' })).success).toBe(false)
  })
})

describe('the employer form', () => {
  it('checks the credit code and the licence photo before sending', () => {
    expect(employerProblems({ ...EMPTY_EMPLOYER, creditCode: '91440300708461136X', community: '黄河西路第四社区' }, null)).toEqual({
      creditCode: '统一社会信用代码校验位不符，请逐位核对营业执照',
      licenseFile: '请拍摄或上传营业执照照片',
    })
  })

  it('sends the code upper case without spaces', () => {
    expect(toEmployerInput({ ...EMPTY_EMPLOYER, creditCode: '9144 0300 7084 6113 6t', licenseFile: 'cloud://x/y' }, null).creditCode).toBe('91440300708461136T')
  })
})
