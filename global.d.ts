/// <reference types="@tarojs/taro" />

declare module '*.png' {
  const src: string
  export default src
}
declare module '*.gif' {
  const src: string
  export default src
}
declare module '*.jpg' {
  const src: string
  export default src
}
declare module '*.jpeg' {
  const src: string
  export default src
}
declare module '*.svg' {
  const src: string
  export default src
}
declare module '*.css'
declare module '*.scss'
declare module '*.sass'

declare namespace NodeJS {
  interface ProcessEnv {
    /** the platform being built */
    TARO_ENV?: 'weapp' | 'swan' | 'alipay' | 'h5' | 'rn' | 'tt' | 'qq' | 'jd' | 'harmony' | 'jdrn'
    /** the mini-program appid, when set through .env files */
    TARO_APP_ID?: string
    /** WeChat cloud environment id; empty means "use the local host over HTTP" */
    TARO_APP_CLOUD_ENV?: string
    /** the local host's URL for the weapp in devtools (h5 uses relative URLs) */
    TARO_APP_API_BASE?: string
  }
}
