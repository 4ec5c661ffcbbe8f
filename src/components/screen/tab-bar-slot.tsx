// Type-checking and tests see the browser slot; Taro's builds pick tab-bar-slot.weapp.tsx / tab-bar-slot.h5.tsx.
export * from './tab-bar-slot.h5'
