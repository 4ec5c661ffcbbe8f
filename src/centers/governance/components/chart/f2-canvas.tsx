import { Canvas as F2 } from '@antv/f2'
import { Canvas } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'
import { canvasNode } from './canvas-node'

let next = 0

/**
 * One F2 chart in a 2d canvas, the same in the weapp (`<canvas type="2d">`) and in H5. `draw` returns the chart's
 * F2 elements; it is drawn again when `signature` changes. The canvas is hidden from screen readers: the caller
 * puts the same figures beside it as text. When drawing is impossible (an old WeChat, no canvas), `onFailed` lets
 * the caller show its table instead.
 */
export function F2Canvas({ draw, signature, height, onFailed }: { draw: () => unknown; signature: string; height: number; onFailed?: () => void }) {
  const id = useRef(`gov-chart-${++next}`).current
  const [drawn, setDrawn] = useState(false)
  const drawRef = useRef(draw)
  drawRef.current = draw
  const failedRef = useRef(onFailed)
  failedRef.current = onFailed
  // biome-ignore lint/correctness/useExhaustiveDependencies: new figures (`signature`) are the reason to draw again
  useEffect(() => {
    let chart: F2 | null = null
    let gone = false
    const fail = () => !gone && failedRef.current?.()
    // the canvas exists once this render is on the page
    const timer = setTimeout(async () => {
      try {
        const node = await canvasNode(id)
        if (gone) return
        if (!node) return fail()
        chart = new F2({ context: node.context, width: node.width, height: node.height, pixelRatio: node.pixelRatio, animate: false, children: drawRef.current(), ...node.extras })
        await chart.render()
        if (!gone) setDrawn(true)
      } catch {
        fail()
      }
    }, 0)
    return () => {
      gone = true
      clearTimeout(timer)
      chart?.destroy()
    }
  }, [id, signature])
  return <Canvas type='2d' id={id} className='chart__canvas' style={{ height: `${height}px` }} aria-hidden='true' data-drawn={drawn ? 'yes' : 'no'} />
}
