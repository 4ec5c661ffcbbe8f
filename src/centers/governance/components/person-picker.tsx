import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ActionButton } from '@/components/action-button'
import { TextField } from '@/components/text-field'
import { callCloud, errorMessage } from '@/services/cloud'
import { governance } from '@/shared/contracts/governance'

export type Person = { id: string; name: string; maskedPhone: string | null; community: string | null }

/** Finds a person by name or phone (command staff, street administrator) and hands the one chosen to `onPick`. */
export function PersonPicker({ label, busy, onPick }: { label: string; busy: boolean; onPick: (p: Person) => void }) {
  const [keyword, setKeyword] = useState('')
  const [found, setFound] = useState<Person[] | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const search = async () => {
    setProblem(null)
    try {
      setFound((await callCloud(governance, 'listGrids', { keyword: keyword.trim() })).people)
    } catch (e) {
      setProblem(errorMessage(e))
    }
  }
  return (
    <View>
      <TextField label={label} value={keyword} onChange={setKeyword} maxLength={20} placeholder='姓名或手机号开头' />
      <ActionButton className='plain-button' disabled={!keyword.trim()} disabledReason='请先输入姓名或手机号' onClick={() => void search()}>
        查找
      </ActionButton>
      {problem ? <Text className='error-text'>{problem}</Text> : null}
      {found && !found.length ? <Text className='secondary-text'>没有找到，请换个关键词</Text> : null}
      {found?.map((p) => (
        <ActionButton key={p.id} className='plain-button list-row' disabled={busy} label={`选择 ${p.name}`} onClick={() => onPick(p)}>
          {`${p.name}${p.community ? ` · ${p.community.replace('黄河西路', '')}` : ''}${p.maskedPhone ? ` · ${p.maskedPhone}` : ''}`}
        </ActionButton>
      ))}
    </View>
  )
}
