import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ConfigError, loadConfig } from '../../../server/config'

let dir: string
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'qsj-config-'))))
afterEach(() => rmSync(dir, { recursive: true, force: true }))

function problems(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env)
  } catch (e) {
    if (e instanceof ConfigError) return e.problems
    throw e
  }
  return []
}

describe('server configuration', () => {
  it('has working defaults for development and keeps a generated secret', () => {
    const a = loadConfig({ DATA_DIR: dir })
    expect(a).toMatchObject({ production: false, port: 8080, host: '127.0.0.1', dataDir: dir, sweepIntervalMs: 600000 })
    expect(a.sessionSecret).toMatch(/^[0-9a-f]{64}$/)
    expect(loadConfig({ DATA_DIR: dir }).sessionSecret).toBe(a.sessionSecret)
  })

  it('says which variable is wrong and why', () => {
    expect(problems({ DATA_DIR: dir, PORT: 'eighty' })).toEqual(['PORT: PORT 必须是整数（当前值："eighty"）'])
    expect(problems({ DATA_DIR: dir, PORT: '70000' })[0]).toContain('PORT 不能大于 65535')
    expect(problems({ DATA_DIR: dir, NODE_ENV: 'staging' })[0]).toContain('NODE_ENV 只能是 development、production 或 test')
    expect(problems({ DATA_DIR: dir, SESSION_SECRET: 'short' })[0]).toContain('SESSION_SECRET 至少 32 个字符')
  })

  it('requires a session secret in production', () => {
    expect(problems({ DATA_DIR: dir, NODE_ENV: 'production' })[0]).toContain('SESSION_SECRET: 生产环境必须设置')
    expect(loadConfig({ DATA_DIR: dir, NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40) }).production).toBe(true)
  })

  it('reports an unusable data folder', () => {
    // a folder cannot be made inside a regular file
    writeFileSync(join(dir, 'a-file'), '')
    const p = problems({ DATA_DIR: join(dir, 'a-file', 'data') })
    expect(p[0]).toContain('DATA_DIR: 无法创建数据目录')
  })
})
