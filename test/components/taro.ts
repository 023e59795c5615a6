/**
 * What `@tarojs/taro` is in component tests: Taro's h5 API implementation plus the React
 * page hooks of the framework runtime (as the h5 build wires them). The runtime needs
 * React and ReactDOM registered once, or its hooks fail with
 * "React.useContext is not a function".
 */
import * as React from 'react'
import * as ReactDOM from 'react-dom'
import * as TaroH5 from '@tarojs/taro-h5'
import { createH5NativeComponentConfig } from '@tarojs/plugin-framework-react/dist/runtime'

createH5NativeComponentConfig(null, React, ReactDOM)

// The h5 build's api-loader hangs every named API on the default export; do the same,
// so `Taro.showToast` works and tests can jest.spyOn(Taro, 'showModal').
const { default: base, ...apis } = TaroH5
const Taro = Object.assign(base, apis) as typeof base

export * from '@tarojs/taro-h5'
export {
  useDidHide,
  useDidShow,
  useLoad,
  usePageScroll,
  usePullDownRefresh,
  useReachBottom,
  useReady,
  useRouter,
  useShareAppMessage,
  useUnload
} from '@tarojs/plugin-framework-react/dist/runtime'
export default Taro
