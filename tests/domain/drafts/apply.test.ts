import { descriptionOf, EMPTY_APPLICATION, photosOf, problems, stationOf, toApplicationInput, withoutPhoto, withPhotos } from '@/centers/affairs/pages/apply/draft'

const stations = [
  { id: 'station-1', community: '黄河西路第一社区' },
  { id: 'station-2', community: '黄河西路第二社区' },
]
const photo = (n: number) => `cloud://env/applications/svc/${n}.jpg`
const returned = {
  stationId: 'station-1',
  fields: [{ label: '申请说明', value: '申请居住证' }],
  materialFiles: [photo(1), photo(2)],
  materialOf: ['居民身份证', '居住证明'],
  materialUrls: ['https://files/1', 'https://files/2'],
}
const catalog = [
  { name: '居民身份证', note: '原件' },
  { name: '居住证明', note: '' },
  { name: '代办人身份证', note: '子女代办时提供', required: false },
]

describe('在线申请 draft', () => {
  it('files at the person’s own community station unless another is chosen', () => {
    expect(stationOf(EMPTY_APPLICATION, stations, null, '黄河西路第二社区')).toBe('station-2')
    expect(stationOf(EMPTY_APPLICATION, stations, null, undefined)).toBe('station-1')
    expect(stationOf({ ...EMPTY_APPLICATION, stationId: 'station-1' }, stations, null, '黄河西路第二社区')).toBe('station-1')
  })

  it('corrects a returned application at its station, starting from what it said', () => {
    expect(stationOf(EMPTY_APPLICATION, stations, returned, '黄河西路第二社区')).toBe('station-1')
    expect(descriptionOf(EMPTY_APPLICATION, returned)).toBe('申请居住证')
    expect(descriptionOf({ ...EMPTY_APPLICATION, description: '' }, returned)).toBe('')
  })

  it('starts a resubmission from the photos already sent, each with what it shows and its preview', () => {
    expect(photosOf(EMPTY_APPLICATION, returned)).toEqual([
      { file: photo(1), material: '居民身份证', url: 'https://files/1' },
      { file: photo(2), material: '居住证明', url: 'https://files/2' },
    ])
    expect(photosOf(EMPTY_APPLICATION, null)).toEqual([])
  })

  it('adds a photo to the ones already sent instead of replacing them', () => {
    const draft = withPhotos(EMPTY_APPLICATION, returned, '居住证明', [{ file: photo(3), url: 'blob:3' }])
    expect(photosOf(draft, returned).map((p) => p.file)).toEqual([photo(1), photo(2), photo(3)])
    expect(photosOf(draft, returned)[2]).toEqual({ file: photo(3), material: '居住证明', url: 'blob:3' })
  })

  it('removes the photo tapped and keeps the others in order', () => {
    const draft = withPhotos(EMPTY_APPLICATION, null, '居民身份证', [{ file: photo(1) }, { file: photo(2) }, { file: photo(3) }])
    expect(photosOf(withoutPhoto(draft, null, photo(2)), null).map((p) => p.file)).toEqual([photo(1), photo(3)])
    expect(photosOf(withoutPhoto(EMPTY_APPLICATION, returned, photo(1)), returned).map((p) => p.file)).toEqual([photo(2)])
  })

  it('sends the description as the one application field with the photos and what each shows', () => {
    expect(toApplicationInput('svc-juzhuzheng', 'station-2', '申请居住证', photosOf(EMPTY_APPLICATION, returned), undefined)).toEqual({
      serviceId: 'svc-juzhuzheng',
      stationId: 'station-2',
      fields: [{ label: '申请说明', value: '申请居住证' }],
      materialFiles: [photo(1), photo(2)],
      materialOf: ['居民身份证', '居住证明'],
      applicationId: undefined,
    })
  })

  it('asks for a description in plain words before sending', () => {
    expect(problems(toApplicationInput('svc-juzhuzheng', 'station-2', '申请居住证', [], undefined))).toEqual({})
    expect(problems(toApplicationInput('svc-juzhuzheng', 'station-2', '  ', [], undefined))).toEqual({ 'fields.0.value': '请填写申请说明' })
  })

  it('names the required materials no photo shows, and does not ask for the ones needed only in some cases', () => {
    const onlyId = withPhotos(EMPTY_APPLICATION, null, '居民身份证', [{ file: photo(1) }])
    expect(problems(toApplicationInput('svc-juzhuzheng', 'station-2', '申请居住证', [], undefined), catalog)).toEqual({ materialFiles: '还缺：居民身份证、居住证明' })
    expect(problems(toApplicationInput('svc-juzhuzheng', 'station-2', '申请居住证', photosOf(onlyId, null), undefined), catalog)).toEqual({ materialFiles: '还缺：居住证明' })
    expect(problems(toApplicationInput('svc-juzhuzheng', 'station-2', '申请居住证', photosOf(EMPTY_APPLICATION, returned), undefined), catalog)).toEqual({})
  })
})
