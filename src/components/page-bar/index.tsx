// Type-checking and tests see the browser's bar; Taro's builds pick index.weapp.tsx / index.h5.tsx.
export * from './index.h5'
