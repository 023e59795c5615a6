#!/usr/bin/env node
// `npm start`: build the h5 app when there is no build yet (or it is older than the
// sources), then run the local host. The server prints the URL.
import { spawnSync, spawn } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

function newest(dir) {
  let t = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name)
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs)
  }
  return t
}

const index = 'dist/h5/index.html'
const stale = !existsSync(index) || newest('src') > statSync(index).mtimeMs || newest('types') > statSync(index).mtimeMs
if (stale && process.env.SKIP_H5_BUILD !== '1') {
  console.log('正在构建 h5 页面（首次约 30 秒）… / building the h5 app')
  const r = spawnSync('npx', ['taro', 'build', '--type', 'h5'], { stdio: 'inherit' })
  if (r.status !== 0) {
    console.error('h5 构建失败，请查看上面的错误信息 / h5 build failed')
    process.exit(r.status ?? 1)
  }
}

const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { stdio: 'inherit' })
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig))
server.on('exit', (code) => process.exit(code ?? 0))
