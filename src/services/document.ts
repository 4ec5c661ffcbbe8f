// Type-checking and tests see the browser version; Taro's builds pick document.weapp.ts / document.h5.ts.
export * from './document.h5'
