import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import devConfig from './dev'
import prodConfig from './prod'

/** The test environment's id (云开发控制台 → 环境 ID); a release build names its own with CLOUD_ENV. */
export const DEFAULT_CLOUD_ENV = 'huanghexilu-test'

/**
 * F2 (the command view's charts, governance subpackage only) uses ten of tslib's helpers where the rest of the app
 * uses two: resolved to tslib's other ES build, its copy is a module of its own that stays with the charts, instead
 * of growing the copy the main package and every first screen carry.
 */
function chartHelpersApart(chain: { module: { rule(name: string): { test(re: RegExp): { resolve: { alias: { set(k: string, v: string): unknown } } } } } }) {
  chain.module
    .rule('f2-helpers')
    .test(/node_modules[\\/]@antv[\\/]/)
    .resolve.alias.set('tslib$', path.resolve(__dirname, '..', 'node_modules', 'tslib', 'tslib.es6.js'))
}

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'huanghexilu-platform',
    date: '2026-11-27',
    // 375: a px in the styles is a CSS px on a 375-wide phone (32rpx for 16px in the weapp build)
    designWidth: 375,
    deviceRatio: { 375: 2, 640: 2.34 / 2, 750: 1, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // `@/…` is src/, as in tsconfig.json
    alias: { '@': path.resolve(__dirname, '..', 'src') },
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: [],
    // the cloud environment the weapp calls: set CLOUD_ENV when building for the release environment
    defineConstants: { CLOUD_ENV: JSON.stringify(process.env.CLOUD_ENV || DEFAULT_CLOUD_ENV) },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
      // the privacy sheet's styles come with Screen on every page: their order against other components' does not matter
      miniCssExtractPluginOption: { ignoreOrder: true },
      // modules used only by one center stay in that center's subpackage
      optimizeMainPackage: { enable: true },
      // WeChat's own ES6 conversion is off (project.config.json): libraries shipped as ES2018+ are transpiled here,
      // so every file of dist/weapp parses as ES2015 on the oldest JavaScript engines WeChat still runs on
      compile: { include: [(file: string) => /node_modules[\\/](zod|dayjs)[\\/]/.test(file)] },
      webpackChain(chain) {
        chartHelpersApart(chain)
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      miniCssExtractPluginOption: { ignoreOrder: true, filename: 'css/[name].[contenthash:8].css', chunkFilename: 'css/[name].[contenthash:8].css' },
      // Taro splits only the entry's modules (`chunks: 'initial'`), so every lazily loaded page carried its own zod
      // and dayjs: the libraries every page shares go into one `lib` chunk, downloaded once and cached
      webpackChain(chain) {
        chartHelpersApart(chain)
        const split = chain.optimization.get('splitChunks') || {}
        chain.optimization.splitChunks({
          ...split,
          cacheGroups: {
            ...split.cacheGroups,
            lib: { name: 'lib', chunks: 'all', test: /[\\/]node_modules[\\/](zod|dayjs)[\\/]/, priority: 50, enforce: true },
          },
        })
      },
      postcss: {
        // the browser build keeps CSS px, so what is measured in tests is what is written
        pxtransform: { enable: false, config: {} },
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
  }
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig)
  return merge({}, baseConfig, prodConfig)
})
