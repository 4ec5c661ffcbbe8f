// Type-checking and tests see the H5 version; Taro's builds pick canvas-node.weapp.ts / canvas-node.h5.ts.
export * from './canvas-node.h5'
