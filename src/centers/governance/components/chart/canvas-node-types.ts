/** A drawable 2d canvas on the page, with what the chart library needs to draw into it on this platform. */
export interface CanvasNode {
  context: CanvasRenderingContext2D
  /** CSS pixels */
  width: number
  height: number
  pixelRatio: number
  /** what the platform lacks and the chart library must be handed (WeChat: no document, no window) */
  extras: Record<string, unknown>
}
