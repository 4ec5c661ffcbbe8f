// Type-checking and tests see the H5 version; Taro's builds pick subscribe.weapp.ts / subscribe.h5.ts.
export * from './subscribe.h5'
