// Type-checking and tests see the H5 version; Taro's builds pick upload.weapp.ts / upload.h5.ts.
export * from './upload.h5'
