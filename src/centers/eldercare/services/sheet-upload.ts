// Type-checking and tests see the H5 version; Taro's builds pick sheet-upload.weapp.ts / sheet-upload.h5.ts.
export * from './sheet-upload.h5'
