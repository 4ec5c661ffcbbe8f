/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.svg'
declare module '*.scss'

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5'
    NODE_ENV: 'development' | 'production' | 'test'
  }
}

/** The cloud environment id the weapp build calls (config/index.ts, from CLOUD_ENV). */
declare const CLOUD_ENV: string
