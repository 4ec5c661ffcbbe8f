import { descriptionOf, EMPTY_APPLICATION, problems, stationOf, toApplicationInput, withoutPhoto } from '../../../src/centers/affairs/pages/apply/draft'

const stations = [
  { id: 'station-1', community: '黄河西路第一社区' },
  { id: 'station-2', community: '黄河西路第二社区' },
]
const returned = { stationId: 'station-1', fields: [{ label: '申请说明', value: '申请居住证' }] }
const photo = (n: number) => `cloud://env/applications/svc/${n}.jpg`

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

  it('removes the photo tapped and keeps the others in order', () => {
    const draft = { ...EMPTY_APPLICATION, files: [photo(1), photo(2), photo(3)] }
    expect(withoutPhoto(draft, photo(2)).files).toEqual([photo(1), photo(3)])
  })

  it('sends the description as the one application field with the photos', () => {
    const draft = { ...EMPTY_APPLICATION, files: [photo(1)] }
    expect(toApplicationInput('svc-juzhuzheng', 'station-2', '申请居住证', draft, undefined)).toEqual({
      serviceId: 'svc-juzhuzheng',
      stationId: 'station-2',
      fields: [{ label: '申请说明', value: '申请居住证' }],
      materialFiles: [photo(1)],
      applicationId: undefined,
    })
  })

  it('asks for a description before sending, by the affairs contract', () => {
    expect(problems(toApplicationInput('svc-juzhuzheng', 'station-2', '申请居住证', EMPTY_APPLICATION, undefined))).toEqual({})
    expect(problems(toApplicationInput('svc-juzhuzheng', 'station-2', '  ', EMPTY_APPLICATION, undefined))).toEqual({ 'fields.0.value': '请填写填写内容' })
  })
})
