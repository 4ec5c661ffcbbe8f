// Type-checking and tests see the H5 version; Taro's builds pick privacy.weapp.ts / privacy.h5.ts.
export * from './privacy.h5'
