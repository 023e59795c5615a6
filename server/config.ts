/**
 * Local host configuration from environment variables, validated at start. A bad
 * value stops the start with a message that says what is wrong and how to fix it.
 */
import * as v from 'valibot'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { join, resolve } from 'node:path'

export interface ServerConfig {
  production: boolean
  host: string
  port: number
  dataDir: string
  h5Dir: string
  sessionSecret: string
  sweepIntervalMs: number
  maxUploadBytes: number
}

const intFrom = (name: string, min: number, max: number) =>
  v.pipe(
    v.string(),
    v.regex(/^\d+$/, `${name} 必须是整数`),
    v.transform(Number),
    v.minValue(min, `${name} 不能小于 ${min}`),
    v.maxValue(max, `${name} 不能大于 ${max}`)
  )

const EnvSchema = v.object({
  NODE_ENV: v.optional(v.picklist(['development', 'production', 'test'], 'NODE_ENV 只能是 development、production 或 test'), 'development'),
  HOST: v.optional(v.pipe(v.string(), v.minLength(1, 'HOST 不能为空')), '127.0.0.1'),
  PORT: v.optional(intFrom('PORT', 0, 65535), '8080'),
  DATA_DIR: v.optional(v.pipe(v.string(), v.minLength(1, 'DATA_DIR 不能为空')), 'data'),
  H5_DIR: v.optional(v.string(), 'dist/h5'),
  SESSION_SECRET: v.optional(v.pipe(v.string(), v.minLength(32, 'SESSION_SECRET 至少 32 个字符（可用 `openssl rand -hex 32` 生成）'))),
  SWEEP_INTERVAL_MS: v.optional(intFrom('SWEEP_INTERVAL_MS', 0, 86_400_000), '600000'),
  MAX_UPLOAD_MB: v.optional(intFrom('MAX_UPLOAD_MB', 1, 100), '10')
})

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`配置错误 / invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    this.name = 'ConfigError'
  }
}

/** Development keeps a generated secret in the data folder so sessions survive restarts. */
function developmentSecret(dataDir: string): string {
  const file = join(dataDir, '.session-secret')
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  const secret = randomBytes(32).toString('hex')
  writeFileSync(file, secret, { mode: 0o600 })
  return secret
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const picked = Object.fromEntries(Object.keys(EnvSchema.entries).filter((k) => env[k] !== undefined && env[k] !== '').map((k) => [k, env[k]]))
  const parsed = v.safeParse(EnvSchema, picked)
  if (!parsed.success) {
    throw new ConfigError(parsed.issues.map((i) => `${i.path?.map((p) => p.key).join('.') ?? ''}: ${i.message}（当前值：${JSON.stringify(i.input)}）`))
  }
  const e = parsed.output
  const production = e.NODE_ENV === 'production'
  const dataDir = resolve(e.DATA_DIR)
  if (production && !e.SESSION_SECRET) {
    throw new ConfigError(['SESSION_SECRET: 生产环境必须设置（至少 32 个字符，可用 `openssl rand -hex 32` 生成）'])
  }
  try {
    mkdirSync(dataDir, { recursive: true })
  } catch (err) {
    throw new ConfigError([`DATA_DIR: 无法创建数据目录 ${dataDir}（${(err as Error).message}），请换一个可写的目录`])
  }
  return {
    production,
    host: e.HOST,
    port: e.PORT,
    dataDir,
    h5Dir: resolve(e.H5_DIR),
    sessionSecret: e.SESSION_SECRET ?? developmentSecret(dataDir),
    sweepIntervalMs: e.SWEEP_INTERVAL_MS,
    maxUploadBytes: e.MAX_UPLOAD_MB * 1024 * 1024
  }
}
