// Type-checking and tests see the browser version; Taro's builds pick use-dialog-focus.weapp.ts / .h5.ts.
export * from './use-dialog-focus.h5'
