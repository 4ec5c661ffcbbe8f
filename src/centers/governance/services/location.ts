// Type-checking and tests see the H5 version; Taro's builds pick location.weapp.ts / location.h5.ts.
export * from './location.h5'
