import type { UserConfigExport } from '@tarojs/cli'

/** Production builds: Taro minifies by default; nothing extra is needed yet. */
export default {
  mini: {},
  h5: {}
} satisfies UserConfigExport<'webpack5'>
