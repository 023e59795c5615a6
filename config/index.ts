import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import devConfig from './dev'
import prodConfig from './prod'

/**
 * Build-time environment handed to the app as process.env.TARO_APP_*:
 * - TARO_APP_CLOUD_ENV: the WeChat cloud environment id; empty = talk to the local host
 * - TARO_APP_API_BASE: the local host URL the weapp uses in devtools (h5 uses relative URLs)
 * Values come from the shell first, then `.env*` files (Taro reads those itself).
 */
const CLOUD_ENV = process.env.TARO_APP_CLOUD_ENV ?? ''
const API_BASE = process.env.TARO_APP_API_BASE || 'http://127.0.0.1:8080'

/** the shared contract lives outside src/: compile it like app code */
const compile = { include: [path.resolve(__dirname, '..', 'types')] }

/** taro-ui pulls in ~160 deprecated Sass idioms; keep the build output readable. */
const sassLoaderOption = {
  sassOptions: {
    quietDeps: true,
    silenceDeprecations: ['import', 'slash-div', 'legacy-js-api', 'global-builtin', 'color-functions']
  }
}

export default defineConfig<'webpack5'>(async (merge) => {
  const taroEnv = process.env.TARO_ENV || 'weapp'
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'qinshangjia',
    date: '2025-11-22',
    designWidth: 750,
    deviceRatio: {
      640: 2.34 / 2,
      750: 1,
      375: 2,
      828: 1.81 / 2
    },
    sourceRoot: 'src',
    outputRoot: `dist/${taroEnv}`,
    plugins: [],
    env: {
      TARO_APP_CLOUD_ENV: JSON.stringify(CLOUD_ENV),
      TARO_APP_API_BASE: JSON.stringify(API_BASE)
    },
    defineConstants: {},
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: {
      enable: true,
      // The persistent cache does not see env-driven config: key it by those values.
      name: [process.env.NODE_ENV || 'production', taroEnv, CLOUD_ENV || 'local', API_BASE.replace(/[^A-Za-z0-9]+/g, '_')].join('-')
    },
    mini: {
      compile,
      sassLoaderOption,
      // Component styles are scoped by BEM class names, so the order in which pages pull
      // them into the shared chunk does not matter; without this every new page that
      // imports components in another order prints a "Conflicting order" warning.
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } }
      }
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      compile,
      // live reload without React Fast Refresh (matches `hot: false` in babel.config.js)
      devServer: { hot: false },
      sassLoaderOption,
      output: {
        filename: 'js/[name].[hash:8].js',
        chunkFilename: 'js/[name].[chunkhash:8].js'
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css'
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } }
      }
    }
  }

  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig)
  }
  return merge({}, baseConfig, prodConfig)
})
