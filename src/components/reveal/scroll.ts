// Type-checking and tests see the browser version; Taro's builds pick scroll.weapp.ts / scroll.h5.ts.
export * from './scroll.h5'
