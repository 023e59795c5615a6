/** The framework runtime ships no typings; the component tests use these few exports. */
declare module '@tarojs/plugin-framework-react/dist/runtime' {
  export function createH5NativeComponentConfig(component: unknown, react: unknown, reactDOM: unknown): unknown
  export function useDidHide(fn: () => void): void
  export function useDidShow(fn: () => void): void
  export function useLoad(fn: (params: Record<string, string>) => void): void
  export function usePageScroll(fn: (e: { scrollTop: number }) => void): void
  export function usePullDownRefresh(fn: () => void): void
  export function useReachBottom(fn: () => void): void
  export function useReady(fn: () => void): void
  export function useRouter(dynamic?: boolean): { params: Record<string, string | undefined>; path: string }
  export function useShareAppMessage(fn: (e: { from: string }) => { title?: string; path?: string }): void
  export function useUnload(fn: () => void): void
}
