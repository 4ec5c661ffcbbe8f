// Type-checking and tests see the H5 identity; Taro's builds pick identity.weapp.ts / identity.h5.ts.
export * from './identity.h5'
