/**
 * Just enough of the mini-program host to run Taro's compiled weapp output inside
 * miniprogram-simulate: `wx` (the simulator's API mock, with network and cloud calls
 * failing harmlessly), `App`/`getApp`, `getCurrentPages`, and a `Page()` that registers
 * the page as a `Component()` so that the simulator can render it.
 */
import fs from 'node:fs'
import path from 'node:path'

export const ROOT = path.resolve(__dirname, '..', '..')
export const DIST = path.join(ROOT, 'dist', 'weapp')

type Options = Record<string, unknown>
type Fn = (...args: unknown[]) => unknown
type PageInstance = Record<string, unknown> & { route?: string; __route__?: string }

/** Fails with a message that says what to do when the weapp build is missing. */
export function assertBuilt(): void {
  if (!fs.existsSync(path.join(DIST, 'app.json')) || !fs.existsSync(path.join(DIST, 'app.js'))) {
    throw new Error('dist/weapp is missing or incomplete: run `npm run build:weapp` before the weapp tests')
  }
}

export function readAppJson(): {
  pages: string[]
  subPackages?: Array<{ root: string; pages: string[] }>
  tabBar?: { list: Array<{ pagePath: string; text: string; iconPath?: string; selectedIconPath?: string }> }
} {
  return JSON.parse(fs.readFileSync(path.join(DIST, 'app.json'), 'utf8'))
}

const failAsync = (name: string) => (options: Options = {}) => {
  const res = { errMsg: `${name}:fail stubbed in weapp tests` }
  setTimeout(() => {
    ;(options.fail as Fn | undefined)?.(res)
    ;(options.complete as Fn | undefined)?.(res)
  }, 0)
  return { abort() {}, onHeadersReceived() {}, offHeadersReceived() {} }
}

/** answers one action (`/api/<action>`) with its data, or undefined for no answer (the call fails) */
export type Server = (action: string, payload: Record<string, unknown>) => unknown

let server: Server | null = null

/** Serves the app's calls from `serve` (null: every call fails again). */
export function setServer(serve: Server | null): void {
  server = serve
}

const answerAsync = (options: Options, data: unknown) => {
  const res = { statusCode: 200, data: { ok: true, data }, header: {}, errMsg: 'request:ok' }
  setTimeout(() => {
    ;(options.success as Fn | undefined)?.(res)
    ;(options.complete as Fn | undefined)?.(res)
  }, 0)
  return { abort() {}, onHeadersReceived() {}, offHeadersReceived() {} }
}

/** the network and cloud APIs the app's data calls reach: they fail, so the page shows its error state, unless a server is set */
export const requests: Options[] = []
const wxOverrides = {
  request: (options: Options) => {
    requests.push(options)
    const action = /\/api\/([\w.]+)$/.exec(String(options.url ?? ''))?.[1]
    const payload = ((options.data as Options | undefined)?.payload ?? {}) as Record<string, unknown>
    const data = server && action ? server(action, payload) : undefined
    return data === undefined ? failAsync('request')(options) : answerAsync(options, data)
  },
  cloud: {
    init() {},
    callFunction: (options: Options = {}) => {
      requests.push(options)
      const fail = failAsync('cloud.callFunction')
      if (options.success || options.fail) return fail(options)
      return Promise.reject(new Error('cloud.callFunction:fail stubbed in weapp tests'))
    }
  },
  getStorageSync: () => '',
  setStorageSync: () => undefined,
  removeStorageSync: () => undefined
}

let app: Options | null = null
const pageStack: PageInstance[] = []

/** Installs the globals; call before requiring miniprogram-simulate or any dist file. */
export function installHost(): void {
  const g = globalThis as Record<string, unknown>
  g.wx = { ...((g.wx as Options) ?? {}), ...wxOverrides }
  g.getApp = () => app
  g.getCurrentPages = () => pageStack
  g.App = (options: Options) => {
    app = options
    const launch = { path: 'pages/index/index', query: {}, scene: 1001, referrerInfo: {} }
    ;(options.onLaunch as Fn | undefined)?.call(options, launch)
    ;(options.onShow as Fn | undefined)?.call(options, launch)
  }
  g.Page = (options: Options) => {
    const Component = g.Component as (o: Options) => void
    const methods: Record<string, Fn> = {}
    for (const [key, value] of Object.entries(options)) {
      if (typeof value === 'function') methods[key] = value as Fn
    }
    const route = currentRoute
    Component({
      data: options.data ?? {},
      methods,
      lifetimes: {
        attached(this: PageInstance) {
          // record the size of every setData the app sends to the view layer
          const setData = this.setData as Fn
          this.setData = (data: unknown, cb?: unknown) => {
            setDataSizes.push(Buffer.byteLength(JSON.stringify(data ?? {})))
            return setData.call(this, data, cb)
          }
          this.route = route
          this.__route__ = route
          pageStack.push(this)
          ;(this.onLoad as Fn | undefined)?.call(this, {})
          ;(this.onShow as Fn | undefined)?.call(this)
        },
        ready(this: PageInstance) {
          ;(this.onReady as Fn | undefined)?.call(this)
        },
        detached(this: PageInstance) {
          ;(this.onUnload as Fn | undefined)?.call(this)
          const i = pageStack.indexOf(this)
          if (i >= 0) pageStack.splice(i, 1)
        }
      }
    })
  }
}

let currentRoute = ''

/** bytes of each setData call of the pages, in order (tests may clear it) */
export const setDataSizes: number[] = []

/** Loads the app entry (which registers App and the shared chunks), once per process. */
export function loadApp(): void {
  if (!app) require(path.join(DIST, 'app.js'))
}

/** The route a subsequently loaded page registers as (set before simulate.load). */
export function setRoute(route: string): void {
  currentRoute = route
}
