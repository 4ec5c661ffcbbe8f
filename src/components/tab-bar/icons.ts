// Type-checking and tests see the path version (jsdom loads no images); Taro's builds pick icons.weapp.ts / icons.h5.ts.
export * from './icons.weapp'
