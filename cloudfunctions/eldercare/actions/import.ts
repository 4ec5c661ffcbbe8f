/**
 * Staff import the community's existing register (xlsx or CSV). Every row is checked first; the report says row
 * by row what will be added, updated (same ID number) or refused and why — ID numbers and health never appear
 * in it. Only `confirm` writes, and then every checked row and nothing else.
 */
import { SeniorInput, type eldercare } from '@/shared/contracts/eldercare'
import { registerRow, roundedRefusal } from '@/shared/domain/eldercare/register'
import { cloud } from '../../_kernel/cloud'
import { newId } from '../../_kernel/codes'
import { AppError } from '../../_kernel/errors'
import { acceptFiles } from '../../_kernel/files'
import { type Actions, who } from '../../_kernel/handler'
import { readSheet } from '../../_kernel/sheets'
import * as repo from '../repo'
import { nameOf } from '../views'
import { seniorFields } from './seniors'

type A = Actions<typeof eldercare>

const MAX_ROWS = 5000
const NAME = '姓名'

export const importSeniors: A['importSeniors'] = async ({ fileId, kind, confirm }, ctx) => {
  const { actorId } = who(ctx)
  await acceptFiles([fileId], { owners: [actorId], purpose: 'seniorImport', field: 'fileId' })
  const { fileContent } = (await cloud.downloadFile({ fileID: fileId })) as { fileContent: Buffer }
  const sheet = await readSheet(fileContent, kind)
  if (!sheet.headers.includes(NAME)) throw new AppError('INVALID_INPUT', '表格第一行应是列名，至少要有「姓名」「身份证号」「社区」「楼栋」「房间」', { fileId: '缺少「姓名」列' })
  if (sheet.rows.length > MAX_ROWS) throw new AppError('INVALID_INPUT', `一次最多导入 ${MAX_ROWS} 行，请分成几个文件`, { fileId: `超过 ${MAX_ROWS} 行` })

  type Checked = { line: number; name: string; input?: ReturnType<typeof SeniorInput.parse>; reason: string }
  const checked: Checked[] = sheet.rows.map(({ line, cells, rounded }) => {
    const name = cells[NAME] || '（无姓名）'
    const lost = roundedRefusal(rounded, cells)
    if (lost) return { line, name, reason: lost }
    const raw = registerRow(cells)
    if (!raw.idNumber) return { line, name, reason: '身份证号：请填写（用于识别老人是否已建档）' }
    const parsed = SeniorInput.safeParse(raw)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const field = String(issue.path[0] ?? '')
      return { line, name, reason: `${FIELD_NAMES[field] ?? field}：${issue.message}` }
    }
    return { line, name, input: parsed.data, reason: '' }
  })
  // the same person twice in one file: the first row stands
  const seen = new Map<string, number>()
  for (const row of checked) {
    const id = row.input?.idNumber
    if (!id) continue
    if (seen.has(id)) {
      row.reason = `与第 ${seen.get(id)} 行是同一位老人（身份证号相同）`
      row.input = undefined
    } else seen.set(id, row.line)
  }
  const existing = new Map((await repo.seniorsByIdNumbers([...seen.keys()])).map((s) => [s.idNumber as string, s]))
  const report = checked.map((r) => ({
    line: r.line,
    name: r.name,
    outcome: !r.input ? ('refused' as const) : existing.has(r.input.idNumber as string) ? ('updated' as const) : ('added' as const),
    reason: !r.input ? r.reason : existing.has(r.input.idNumber as string) ? '已建档，按表格更新' : '新建档案',
  }))
  if (confirm) {
    const by = `导入（${nameOf((await ctx.caller()).user)}）`
    const fresh: repo.SeniorDoc[] = []
    for (const r of checked) {
      if (!r.input) continue
      const fields = { ...seniorFields(r.input), updatedBy: actorId, updatedByRole: by, updatedAt: ctx.now }
      const old = existing.get(r.input.idNumber as string)
      if (old) await repo.updateSeniorDoc(old._id, fields)
      else fresh.push({ _id: newId(), ...fields, openid: null, familyIds: [], createdBy: actorId, createdAt: ctx.now })
    }
    for (let i = 0; i < fresh.length; i += 500) await repo.seniors().add({ data: fresh.slice(i, i + 500) })
  }
  const count = (o: string) => report.filter((r) => r.outcome === o).length
  return { rows: report, added: count('added'), updated: count('updated'), refused: count('refused'), written: confirm }
}

const FIELD_NAMES: Record<string, string> = {
  name: '姓名',
  idNumber: '身份证号',
  gender: '性别',
  birthDate: '出生日期',
  community: '社区',
  building: '楼栋',
  unit: '单元',
  room: '房间',
  phone: '电话',
  contacts: '紧急联系人',
  diet: '过敏',
  healthNotes: '健康备注',
}
