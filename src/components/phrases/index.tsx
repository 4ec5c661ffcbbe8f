// Type-checking and tests see the browser version; Taro's builds pick index.weapp.tsx / index.h5.tsx.
export * from './index.h5'
