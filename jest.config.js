// Test layers as separate projects: pure domain and contracts; cloud functions and the local cloud
// (real handlers, real wx-server-sdk, fresh in-memory database per file); UI logic in jsdom; the weapp build
// in miniprogram-simulate. Browser tests live in jest.e2e.config.js.
const transform = {
  '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tests/tsconfig.json', diagnostics: false }],
}
// `@/…` is src/ (tsconfig.json paths; the Taro build and esbuild read the same)
const alias = { '^@/(.*)$': '<rootDir>/src/$1' }

module.exports = {
  testTimeout: 60000,
  projects: [
    {
      displayName: 'domain',
      testEnvironment: 'node',
      transform,
      moduleNameMapper: alias,
      testMatch: ['<rootDir>/tests/domain/**/*.test.ts', '<rootDir>/tests/contracts/**/*.test.ts'],
    },
    {
      displayName: 'cloud',
      testEnvironment: 'node',
      transform,
      moduleNameMapper: alias,
      testMatch: ['<rootDir>/tests/cloudfunctions/**/*.test.ts', '<rootDir>/tests/emulator/**/*.test.ts'],
      testTimeout: 60000,
    },
    {
      displayName: 'ui',
      testEnvironment: 'jsdom',
      transform,
      testMatch: ['<rootDir>/tests/ui/**/*.test.tsx'],
      setupFiles: ['<rootDir>/tests/support/jsdom.ts'],
      moduleNameMapper: {
        ...alias,
        '^@tarojs/components$': '<rootDir>/tests/support/taro-components.tsx',
        '^@tarojs/taro$': '<rootDir>/tests/support/taro.ts',
        '\\.(scss|css)$': '<rootDir>/tests/support/style.ts',
      },
    },
    {
      displayName: 'weapp',
      testEnvironment: 'jsdom',
      transform,
      moduleNameMapper: alias,
      testMatch: ['<rootDir>/tests/weapp/**/*.test.ts'],
      testTimeout: 30000,
    },
  ],
}
