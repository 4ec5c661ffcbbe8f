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

type Found = { node?: Node2d; width?: number; height?: number } | null | undefined

function drawable(found: Found): CanvasNode | null {
  const node = found?.node
  if (!node || !found?.width || !found.height) return null
  // getWindowInfo from 基础库 2.20.1; older ones only have the system info
  const pixelRatio = (typeof Taro.getWindowInfo === 'function' ? Taro.getWindowInfo() : Taro.getSystemInfoSync()).pixelRatio || 2
  node.width = Math.round(found.width * pixelRatio)
  node.height = Math.round(found.height * pixelRatio)
  return {
    context: node.getContext('2d'),
    width: found.width,
    height: found.height,
    pixelRatio,
    extras: {
      offscreenCanvas: Taro.createOffscreenCanvas({ type: '2d' }),
      requestAnimationFrame: (cb: () => void) => node.requestAnimationFrame(cb),
      cancelAnimationFrame: (handle: number) => node.cancelAnimationFrame(handle),
    },
  }
}

export function canvasNode(id: string): Promise<CanvasNode | null> {
  return new Promise((resolve) => {
    try {
      Taro.createSelectorQuery()
        .select(`#${id}`)
        .fields({ node: true, size: true })
        .exec((res: Found[]) => {
          try {
            resolve(drawable(res?.[0]))
          } catch {
            resolve(null)
          }
        })
    } catch {
      resolve(null)
    }
  })
}
