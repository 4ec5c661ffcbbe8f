// Type-checking and tests see the H5 transport; Taro's builds pick transport.weapp.ts / transport.h5.ts.
export * from './transport.h5'
