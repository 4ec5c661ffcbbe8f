// Type-checking and tests see the browser version; Taro's builds pick font-scale.weapp.ts / font-scale.h5.ts.
export * from './font-scale.h5'
