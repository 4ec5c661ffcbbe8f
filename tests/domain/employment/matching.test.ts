import { matchPosting, rankPostings, tagsForEmployer } from '@/shared/domain/employment/matching'

const seeker = { groupTags: ['40/50' as const], desiredJob: '保洁', desiredCommunity: '黄河西路第二社区', desiredTypes: ['FULL_TIME' as const], skills: ['电工'] }
const cleaner = { title: '招聘保洁员', description: '楼道清洁', employmentType: 'FULL_TIME' as const, community: '黄河西路第二社区', tags: ['适合40/50人员' as const] }
const intern = { title: '新媒体实习生', description: '运营公众号', employmentType: 'INTERN' as const, community: '黄河西路第一社区', tags: ['适合应届生' as const] }

describe('recommended for me', () => {
  it('says why a posting suits a 40/50 seeker looking for cleaning work near home', () => {
    expect(matchPosting(seeker, cleaner).reasons).toEqual([
      '岗位适合40/50人员，与您「40/50」身份相符',
      '在您希望的黄河西路第二社区，就近上班',
      '与您想找的「保洁」相符',
      '用工形式符合您的意向',
    ])
  })

  it('leaves out postings that match nothing and ranks the best first', () => {
    const electrician = { ...intern, title: '物业电工', tags: [] }
    expect(rankPostings(seeker, [intern, electrician, cleaner]).map((j) => j.title)).toEqual(['招聘保洁员', '物业电工'])
  })
})

describe('the résumé an employer receives', () => {
  it('keeps 应届毕业生 and 40/50 and leaves out 残疾人 and 失业登记', () => {
    expect(tagsForEmployer(['应届毕业生', '40/50', '失业登记', '残疾人'])).toEqual(['应届毕业生', '40/50'])
  })
})
