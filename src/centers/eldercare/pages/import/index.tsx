import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { Screen } from '@/components/screen'
import { NoPermission, useStaffOnly } from '@/components/staff-only'
import { eldercare } from '@/shared/contracts/eldercare'
import { REGISTER_HEADERS } from '@/shared/domain/eldercare/register'
import { useImport } from './use-import'

const OUTCOME = { added: '新建', updated: '更新', refused: '未导入' } as const
const SHOWN = 100

/** 导入老人名册 (staff): the community's spreadsheet checked row by row before anything is written. */
export default function ImportPage() {
  const { sheet, report, submit, pick, confirm } = useImport()
  const refused = useStaffOnly(false, eldercare, 'importSeniors')
  const rows = report ? [...report.rows.filter((r) => r.outcome === 'refused'), ...report.rows.filter((r) => r.outcome !== 'refused')].slice(0, SHOWN) : []
  if (refused) return <NoPermission what='老人名册导入' doing='导入老人名册' who='老年日间照料服务中心的工作人员' center='eldercare' />
  return (
    <Screen>
      <View className='card list-row'>
        <Text className='secondary-text'>表格第一行为列名：{REGISTER_HEADERS.join('、')}。按身份证号识别已建档的老人。</Text>
        <ActionButton className='primary-button' disabled={submit.busy} onClick={pick}>
          {submit.busy && !report ? '正在检查…' : '选择表格（Excel 或 CSV）'}
        </ActionButton>
      </View>
      {submit.problem ? <Text className='error-text'>{submit.problem}</Text> : null}
      {report && sheet ? (
        <View className='notice list-row' aria-live='polite'>
          <Text>
            {sheet.name}：{report.written ? '已导入' : '检查结果'} 新建 {report.added} 位 · 更新 {report.updated} 位 · 未导入 {report.refused} 行
          </Text>
          {!report.written ? (
            <ActionButton className='primary-button' disabled={submit.busy || report.added + report.updated === 0} onClick={confirm}>
              确认导入 {report.added + report.updated} 位
            </ActionButton>
          ) : null}
        </View>
      ) : null}
      {rows.map((r) => (
        <Text key={r.line} className={r.outcome === 'refused' ? 'error-text' : 'secondary-text'}>
          第 {r.line} 行 {r.name}：{OUTCOME[r.outcome]}（{r.reason}）
        </Text>
      ))}
      {report && report.rows.length > SHOWN ? <Text className='secondary-text'>仅显示前 {SHOWN} 行（未导入的在前）</Text> : null}
    </Screen>
  )
}
