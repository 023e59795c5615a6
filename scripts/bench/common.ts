/** Shared by the parts of `npm run bench` (see scripts/bench.ts): timing, percentiles, the host. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createRouter, type Router } from '../../cloudfunctions/api/src/router'
import { buildApp } from '../../server/app'
import { loadConfig } from '../../server/config'
import type { SqliteDatabase } from '../../server/db/sqlite'
import { issueToken } from '../../server/session'

export const RUNS = Number(process.env.BENCH_RUNS || 500)
export const TARGET_MS = 15

/** `BENCH_X=100000,1000000` → [100000, 1000000]; the default when unset */
export function sizes(name: string, fallback: number[]): number[] {
  const raw = process.env[name]
  if (!raw) return fallback
  const out = raw.split(',').map((s) => Number(s.trim().replace(/_/g, '')))
  if (out.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error(`${name} must be positive whole numbers separated by commas, got '${raw}'`)
  return out
}

const made = new Set<string>()
/** a run stopped half-way (Ctrl-C, a crash) still removes its databases */
process.once('exit', () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true })
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130))

/** a fresh temporary folder (BENCH_DIR to put the databases elsewhere: 1,000,000 cases take ~4.5 GB) */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(process.env.BENCH_DIR || tmpdir(), prefix))
  made.add(dir)
  return dir
}

export function pct(samples: number[], p: number): number {
  const s = [...samples].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]
}

export const ms = (n: number) => `${n.toFixed(2)} ms`.padStart(10)
export const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`

export function memoryLine(what: string): string {
  const m = process.memoryUsage()
  return `${what}: rss ${mb(m.rss).trim()}, heap used ${mb(m.heapUsed).trim()}`
}

export async function time(fn: () => Promise<unknown>, runs = RUNS): Promise<number[]> {
  for (let i = 0; i < 20; i++) await fn() // warm-up
  const out: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    await fn()
    out.push(performance.now() - t)
  }
  return out
}

/** deterministic, so runs compare */
export function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface Host {
  port: number
  secret: string
  router: Router
}

export async function startHost(db: SqliteDatabase, dir: string) {
  const config = loadConfig({ DATA_DIR: dir, PORT: '0', H5_DIR: join(dir, 'none') })
  const app = await buildApp({ config, db })
  await app.listen({ host: '127.0.0.1', port: 0 })
  const { port } = app.server.address() as { port: number }
  return { app, host: { port, secret: config.sessionSecret, router: createRouter({ db }) } satisfies Host }
}

/** one POST /api/<action> as the app sends it, answering the parsed body */
export async function httpCall<T = { ok: boolean; data?: unknown; error?: unknown }>(host: Host, action: string, token: string, payload: unknown): Promise<T> {
  const call = () =>
    fetch(`http://127.0.0.1:${host.port}/api/${action}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ payload })
    }).then((r) => r.json() as Promise<T>)
  try {
    return await call()
  } catch (e) {
    // a kept-alive connection the host closed while the router was being timed (fetch does
    // not retry a POST): one more try on a new connection
    if ((e as { cause?: { code?: string } }).cause?.code !== 'ECONNRESET') throw e
    return call()
  }
}

export type BenchCase = [label: string, action: string, payload: Record<string, unknown>, openid: string]

/** Times each case over HTTP and on the router, prints a row each, answers the p95s. */
export async function measure(host: Host, cases: BenchCase[]): Promise<Map<string, { http: number; router: number }>> {
  const out = new Map<string, { http: number; router: number }>()
  console.log('case                http p50   http p95 router p50 router p95  http/router p95')
  for (const [label, action, payload, openid] of cases) {
    const token = issueToken(host.secret, openid)
    const viaHttp = () => httpCall(host, action, token, payload)
    // a bench of error answers would measure nothing: say so loudly
    const probe = await viaHttp()
    if (!probe.ok) console.log(`! ${label}: ${action} answered ${JSON.stringify(probe.error)}`)
    const http = await time(viaHttp)
    const direct = await time(() => host.router({ action, payload }, { openid }))
    console.log(`${label.padEnd(18)} ${ms(pct(http, 50))} ${ms(pct(http, 95))} ${ms(pct(direct, 50))} ${ms(pct(direct, 95))}   ${(pct(http, 95) / pct(direct, 95)).toFixed(2)}x`)
    out.set(label, { http: pct(http, 95), router: pct(direct, 95) })
  }
  return out
}
