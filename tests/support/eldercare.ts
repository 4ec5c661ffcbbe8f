/** A senior's profile as the eldercare function stores it, for tests that put seniors straight into the store. */
export function seniorDoc(fields: { _id: string; name: string; familyIds: string[]; at: Date } & Record<string, unknown>) {
  const { at, ...own } = fields
  return {
    initials: 'x',
    gender: 'female',
    birthDate: '1940-03-12',
    idNumber: null,
    community: '黄河西路第二社区',
    building: '5号楼',
    unit: '2',
    room: '302',
    phone: null,
    phoneTail: null,
    living: 'alone',
    mobility: 'assisted',
    diet: { diabetic: false, lowSalt: false, softFood: false, allergies: '' },
    subsidy: 'none',
    contacts: [],
    healthNotes: '',
    openid: null,
    createdAt: at,
    updatedAt: at,
    ...own,
  }
}
