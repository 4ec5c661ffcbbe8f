/**
 * WeChat: a `<canvas type="2d">` node from a selector query (the same-layer 2d canvas, 基础库 2.9+), sized for the
 * screen's pixel ratio. WeChat has no document: the chart library measures text on an offscreen 2d canvas and
 * animates with the canvas node's own requestAnimationFrame.
 */
import Taro from '@tarojs/taro'
import type { CanvasNode } from './canvas-node-types'

export type { CanvasNode }

interface Node2d {
  width: number
  height: number
  getContext(type: '2d'): CanvasRenderingContext2D
  requestAnimationFrame(cb: () => void): number
  cancelAnimationFrame(id: number): void
}

export function canvasNode(id: string): Promise<CanvasNode | null> {
  return new Promise((resolve) => {
    Taro.createSelectorQuery()
      .select(`#${id}`)
      .fields({ node: true, size: true })
      .exec((res: Array<{ node?: Node2d; width?: number; height?: number } | null>) => {
        const found = res?.[0]
        const node = found?.node
        if (!node || !found?.width || !found.height) return resolve(null)
        const pixelRatio = Taro.getWindowInfo().pixelRatio || 2
        node.width = Math.round(found.width * pixelRatio)
        node.height = Math.round(found.height * pixelRatio)
        resolve({
          context: node.getContext('2d'),
          width: found.width,
          height: found.height,
          pixelRatio,
          extras: {
            offscreenCanvas: Taro.createOffscreenCanvas({ type: '2d' }),
            requestAnimationFrame: (cb: () => void) => node.requestAnimationFrame(cb),
            cancelAnimationFrame: (handle: number) => node.cancelAnimationFrame(handle),
          },
        })
      })
  })
}
