/**
 * `npm start` ends here: validate the configuration, open the embedded database,
 * seed an empty one, serve, run the sweep on an interval, and shut down cleanly.
 */
import { join } from 'node:path'
import { INDEXES, SEARCH_INDEXES } from '../cloudfunctions/api/src/db/indexes'
import { systemClock } from '../cloudfunctions/api/src/domain/context'
import { runSweep } from '../cloudfunctions/api/src/domain/sweep'
import { buildApp } from './app'
import { ConfigError, loadConfig } from './config'
import { openSqliteDatabase } from './db/sqlite'
import { seedDemoData } from './seed'
import { outboxMessenger } from './messenger/outboxMessenger'

async function main(): Promise<void> {
  let config
  try {
    config = loadConfig()
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message)
      process.exit(1)
    }
    throw e
  }

  const db = openSqliteDatabase({ file: join(config.dataDir, 'app.db'), indexes: INDEXES, searchIndexes: SEARCH_INDEXES })
  if (await seedDemoData(db)) console.log(`已写入演示数据 / seeded demo data into ${config.dataDir}`)

  const messenger = outboxMessenger(db, systemClock)
  const app = await buildApp({ config, db, logger: config.production, messenger })
  const sweep = async () => {
    try {
      await runSweep({ db, clock: systemClock, messenger })
    } catch (e) {
      console.error('sweep failed:', (e as Error).message)
    }
  }
  const timer = config.sweepIntervalMs > 0 ? setInterval(sweep, config.sweepIntervalMs) : null

  let closing = false
  const shutdown = async (signal: string) => {
    if (closing) return
    closing = true
    console.log(`${signal}: shutting down`)
    if (timer) clearInterval(timer)
    await app.close()
    db.close()
    process.exit(0)
  }
  process.on('SIGINT', () => void shutdown('SIGINT'))
  process.on('SIGTERM', () => void shutdown('SIGTERM'))

  try {
    await app.listen({ host: config.host, port: config.port })
  } catch (e) {
    const err = e as NodeJS.ErrnoException
    console.error(
      err.code === 'EADDRINUSE'
        ? `端口 ${config.port} 已被占用：请关闭占用它的程序，或用 PORT=8081 npm start 换一个端口`
        : `无法启动服务：${err.message}`
    )
    db.close()
    process.exit(1)
  }
  const address = app.server.address()
  const port = typeof address === 'object' && address ? address.port : config.port
  const shownHost = config.host === '0.0.0.0' ? '127.0.0.1' : config.host
  console.log(`亲商家营商服务通 is running at http://${shownHost}:${port}/`)
  if (!config.production) console.log(`开发登录（仅开发环境）: http://${shownHost}:${port}/#/packages/dev/signin/index`)
}

void main()
