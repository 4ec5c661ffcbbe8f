// Type-checking and tests see the H5 button; Taro's builds pick agree-button.weapp.tsx / agree-button.h5.tsx.
export * from './agree-button.h5'
