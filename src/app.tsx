import Taro from '@tarojs/taro'
import type { PropsWithChildren } from 'react'
import { setUnauthenticatedHandler } from './services'
import { ROUTES } from './constants/routes'
import './app.scss'

let redirecting = false

/**
 * A caller the server does not know (only possible on the local development host) is
 * sent to the development sign-in, once, however many calls fail together.
 */
setUnauthenticatedHandler(() => {
  if (redirecting) return
  const pages = Taro.getCurrentPages()
  const current = pages[pages.length - 1]?.route ?? ''
  if (current.replace(/^\//, '') === ROUTES.devSignIn.slice(1)) return
  redirecting = true
  const done = () => {
    setTimeout(() => {
      redirecting = false
    }, 1000)
  }
  Taro.navigateTo({ url: ROUTES.devSignIn })
    .catch(() => Taro.reLaunch({ url: ROUTES.devSignIn }))
    .finally(done)
})

function App({ children }: PropsWithChildren) {
  return children
}

export default App
