/**
 * Browser: Taro's <Canvas> is a `taro-canvas-core` element holding a real <canvas>; it is found in the document
 * once rendered and sized for the screen's pixel ratio. The chart library measures text with the document.
 */
import type { CanvasNode } from './canvas-node-types'

export type { CanvasNode }

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))

export async function canvasNode(id: string): Promise<CanvasNode | null> {
  for (let tries = 0; tries < 10; tries++) {
    const host = document.getElementById(id)
    const canvas = host instanceof HTMLCanvasElement ? host : host?.querySelector('canvas')
    const box = canvas?.getBoundingClientRect()
    if (canvas && box && box.width > 0 && box.height > 0) {
      const pixelRatio = window.devicePixelRatio || 1
      canvas.width = Math.round(box.width * pixelRatio)
      canvas.height = Math.round(box.height * pixelRatio)
      const context = canvas.getContext('2d')
      return context ? { context, width: box.width, height: box.height, pixelRatio, extras: {} } : null
    }
    await nextFrame()
  }
  return null
}
