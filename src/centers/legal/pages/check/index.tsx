import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { ActionButton } from '@/components/action-button'
import { Screen } from '@/components/screen'
import { StateView } from '@/components/state-view'
import { Choices } from '@/centers/legal/components/choices'
import { callCloud, errorMessage } from '@/services/cloud'
import { legal } from '@/shared/contracts/legal'
import type { OutputOf } from '@/shared/contracts/define'
import { answer, back, completed, currentQuestion, nextPage, progressText, START } from './draft'

type Result = OutputOf<typeof legal, 'checkEligibility'>

const ROUTE_BUTTON = { aid: '申请法律援助', mediation: '申请调解', consultation: '向律师咨询' } as const

/** 法律援助自测: one question per screen, then whether the hardship check applies and where to go. */
export default function CheckPage() {
  const [walk, setWalk] = useState(START)
  const [result, setResult] = useState<Result | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const done = completed(walk)
  const check = (next: typeof walk) => {
    const answers = completed(next)
    if (!answers) return
    setProblem(null)
    callCloud(legal, 'checkEligibility', answers).then(setResult, (e) => setProblem(errorMessage(e)))
  }
  const choose = (value: string) => {
    const next = answer(walk, value)
    setWalk(next)
    check(next)
  }
  const q = currentQuestion(walk)

  if (done) {
    if (problem) return <Screen><StateView kind='error' text={problem} onRetry={() => check(walk)} /></Screen>
    if (!result) return <Screen><StateView kind='loading' text='正在判断…' /></Screen>
    return (
      <Screen>
        <View className='card'>
          <Text className='card__title'>自测结果</Text>
          <Text>{result.routeText}</Text>
          <Text className='secondary-text'>{result.hardshipText}</Text>
        </View>
        <ActionButton className='primary-button spaced' onClick={() => Taro.navigateTo({ url: nextPage(result.route, done, result.hardship) })}>
          {ROUTE_BUTTON[result.route]}
        </ActionButton>
        <ActionButton className='plain-button spaced' onClick={() => { setResult(null); setWalk(START) }}>
          重新自测
        </ActionButton>
      </Screen>
    )
  }
  return (
    <Screen>
      <Text className='secondary-text'>{progressText(walk)}</Text>
      {q ? <Choices column label={q.question} options={q.options} chosen={walk.answers[q.key]} onChoose={choose} /> : null}
      {walk.step > 0 ? (
        <ActionButton className='plain-button spaced' onClick={() => setWalk(back(walk))}>
          上一题
        </ActionButton>
      ) : null}
    </Screen>
  )
}
