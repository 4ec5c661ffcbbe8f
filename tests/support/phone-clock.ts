/**
 * UI tests: the phone's clock reads `at` (pages decide some things by it, e.g. whether self check-in is open), so
 * a test gives the same screen whatever day it runs. Only Date is faked: timers, promises and animation frames run
 * as usual. `jest.useRealTimers()` gives the real clock back.
 */
export function phoneClockAt(at: Date): void {
  jest.useFakeTimers({
    now: at,
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  })
}
