// Browser tests: the H5 build served by the local gateway, driven in Debian's Chromium.
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tests/tsconfig.json', diagnostics: false }] },
  testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1' },
  testTimeout: 120000,
  maxWorkers: 1,
}
