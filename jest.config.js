/** Four suites: unit (domain, router, db on real SQLite), components (RTL on Taro's
 * h5 components), weapp (miniprogram-simulate on dist/weapp), e2e (Chromium). */
const tsJest = ['ts-jest', { isolatedModules: true, tsconfig: { jsx: 'react-jsx', module: 'commonjs', esModuleInterop: true, allowJs: true } }]

const nodeBabel = ['babel-jest', { configFile: false, babelrc: false, presets: [['@babel/preset-env', { targets: { node: 'current' } }]] }]

module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
      // every query shape the domain issues must be on a declared index (test/unit/index-coverage)
      setupFilesAfterEnv: ['<rootDir>/test/unit/index-coverage/setup.ts'],
      // fastify's inject pulls cookie@2, which ships only as an ES module
      transform: { '^.+\\.tsx?$': tsJest, '^.+\\.js$': nodeBabel },
      transformIgnorePatterns: ['/node_modules/(?!cookie/)']
    },
    {
      displayName: 'components',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/components/**/*.test.tsx'],
      setupFiles: ['<rootDir>/test/components/setup.ts'],
      moduleNameMapper: {
        '^@tarojs/components$': '@tarojs/components/lib/react',
        '^@tarojs/taro$': '<rootDir>/test/components/taro.ts',
        '\\.(css|scss|sass)$': '<rootDir>/test/components/style-stub.js',
        '\\.(png|jpg|jpeg|gif|svg)$': '<rootDir>/test/components/file-stub.js'
      },
      transform: {
        '^.+\\.tsx?$': tsJest,
        // configFile/babelrc false: babel.config.js is the app build's (babel-preset-taro), not for node_modules under jest
        '^.+\\.m?js$': ['babel-jest', { configFile: false, babelrc: false, presets: [['@babel/preset-env', { targets: { node: 'current' } }]] }]
      },
      transformIgnorePatterns: ['/node_modules/(?!(@tarojs|taro-ui|lodash-es|@stencil|swiper|tslib|nanoid|query-string|decode-uri-component|split-on-first|filter-obj|\\.pnpm|style-inject)/)']
    },
    {
      displayName: 'weapp',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/weapp/**/*.test.ts'],
      transform: { '^.+\\.tsx?$': tsJest }
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
      transform: { '^.+\\.tsx?$': tsJest }
    }
  ]
}
