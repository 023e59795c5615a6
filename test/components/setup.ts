/**
 * Build-time globals that Taro's webpack build defines for h5; the component tests run
 * Taro's h5 components and APIs in jsdom, so they must exist here too.
 */
const g = globalThis as Record<string, unknown>

process.env.TARO_ENV = 'h5'
process.env.TARO_PLATFORM = 'web'
process.env.TARO_APP_CLOUD_ENV = ''
process.env.TARO_APP_API_BASE = 'http://127.0.0.1:8080'

Object.assign(g, {
  ENABLE_INNER_HTML: true,
  ENABLE_ADJACENT_HTML: true,
  ENABLE_SIZE_APIS: false,
  ENABLE_TEMPLATE_CONTENT: true,
  ENABLE_CLONE_NODE: true,
  ENABLE_CONTAINS: true,
  ENABLE_MUTATION_OBSERVER: false,
  DEPRECATED_ADAPTER_COMPONENT: false,
  __TARO_FRAMEWORK__: 'react',
  __TARO_FRAMEWORK_REACT_MODE__: 'concurrent',
  SUPPORT_TARO_POLYFILL: 'disabled',
  IS_TEST: true
})

// jsdom lacks these; Taro's h5 components and taro-ui touch them
if (!g.matchMedia) {
  g.matchMedia = () => ({ matches: false, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {} })
}
if (!g.IntersectionObserver) {
  g.IntersectionObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
    takeRecords() {
      return []
    }
  }
}
