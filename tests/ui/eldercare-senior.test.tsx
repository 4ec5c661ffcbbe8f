import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import SeniorPage from '@/centers/eldercare/pages/senior'
import type { SentCall } from '../support/fake-gateway'
import { fakeGateway } from '../support/fake-gateway'
import { navigations, resetTaro } from '../support/taro'

const saved = {
  id: 'senior-wang',
  name: '王秀兰',
  gender: '女',
  age: 78,
  community: '黄河西路第二社区',
  building: '5号楼',
  phone: '139****0001',
  marks: ['独居'],
  diet: ['糖尿病'],
  birthDate: '1948-03-12',
  idNumber: '370102194803122344',
  unit: '',
  room: '302',
  phoneFull: '13905310001',
  living: 'alone',
  mobility: 'independent',
  dietNeeds: { diabetic: true, lowSalt: false, softFood: false, allergies: '' },
  subsidy: 'aged80',
  subsidyText: '80 岁以上高龄',
  contacts: [{ name: '张晓燕', phone: '13905310002', relation: '女儿' }],
  healthNotes: '',
  standing: 'family',
  family: [],
  updatedByText: '11月30日 周一 08:00 由家属张晓燕更新',
}

beforeEach(() => {
  resetTaro({ params: { seniorId: 'senior-wang' } })
  window.localStorage.setItem('localcloud.openid', 'family-zhang')
})

describe('老人档案 page: emergency contacts', () => {
  it('shows the saved contacts, checks an edited one before sending, and saves them with the record', async () => {
    const sent = fakeGateway((call: SentCall) => ({ ok: true, data: { ...saved, contacts: (call.body.input.contacts as unknown[]) ?? saved.contacts } }))
    render(<SeniorPage />)
    expect(((await screen.findByLabelText('联系人 1 姓名')) as HTMLInputElement).value).toBe('张晓燕')
    fireEvent.click(screen.getByRole('button', { name: '添加紧急联系人' }))
    fireEvent.change(screen.getByLabelText('联系人 2 姓名'), { target: { value: '李秀梅' } })
    fireEvent.change(screen.getByLabelText('联系人 2 手机号'), { target: { value: '1390531' } })
    fireEvent.change(screen.getByLabelText('联系人 2 关系'), { target: { value: '邻居' } })
    fireEvent.click(screen.getByRole('button', { name: '保存档案' }))
    expect(await screen.findByText('请填写 11 位手机号')).toBeTruthy()
    expect(sent.some((c) => c.body.action === 'updateSenior')).toBe(false)
    fireEvent.change(screen.getByLabelText('联系人 2 手机号'), { target: { value: '13905310005' } })
    fireEvent.click(screen.getByRole('button', { name: '保存档案' }))
    await waitFor(() => expect(sent.find((c) => c.body.action === 'updateSenior')?.body.input.contacts).toEqual([
      { name: '张晓燕', phone: '13905310002', relation: '女儿' },
      { name: '李秀梅', phone: '13905310005', relation: '邻居' },
    ]))
  })

  it('removes a contact and offers no fourth one', async () => {
    const sent = fakeGateway(() => ({ ok: true, data: saved }))
    render(<SeniorPage />)
    await screen.findByLabelText('联系人 1 姓名')
    fireEvent.click(screen.getByRole('button', { name: '添加紧急联系人' }))
    fireEvent.click(screen.getByRole('button', { name: '添加紧急联系人' }))
    expect(screen.queryByRole('button', { name: '添加紧急联系人' })).toBeNull()
    expect(screen.getByText('最多 3 位紧急联系人')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '删除联系人 1' }))
    fireEvent.click(screen.getByRole('button', { name: '删除联系人 1' }))
    fireEvent.click(screen.getByRole('button', { name: '删除联系人 1' }))
    expect(screen.getByText('还没有紧急联系人：出现意外时，中心会先联系他们')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '保存档案' }))
    await waitFor(() => expect(sent.find((c) => c.body.action === 'updateSenior')?.body.input.contacts).toEqual([]))
  })
})

describe('老人档案 page: home services', () => {
  it('opens 上门服务 for the senior on record (staff booking for a walk-in)', async () => {
    fakeGateway(() => ({ ok: true, data: { ...saved, standing: 'staff' } }))
    render(<SeniorPage />)
    fireEvent.click(await screen.findByRole('button', { name: '为王秀兰预约上门服务' }))
    expect(navigations).toEqual(['/centers/eldercare/pages/home-services/index?seniorId=senior-wang'])
  })
})
