/** Serves the h5 build; without one, says how to make it instead of a bare 404. */
import type { FastifyInstance } from 'fastify'
import fastifyStatic from '@fastify/static'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { ServerConfig } from '../config'
import { apiNotFound } from '../httpErrors'

const MISSING_BUILD = `<!doctype html><meta charset="utf-8"><title>亲商家营商服务通</title>
<body style="font-family:sans-serif;padding:2em"><h1>尚未构建 h5 页面</h1>
<p>请先运行 <code>npm run build:h5</code>（或直接 <code>npm start</code>，它会自动构建），再刷新本页。</p></body>`

export async function registerStatic(app: FastifyInstance, config: ServerConfig): Promise<void> {
  const hasBuild = existsSync(join(config.h5Dir, 'index.html'))
  if (hasBuild) {
    await app.register(fastifyStatic, { root: config.h5Dir, prefix: '/', wildcard: true })
  }
  app.setNotFoundHandler((req, reply) => {
    const accepts = req.headers.accept ?? ''
    if (req.method === 'GET' && accepts.includes('text/html') && !req.url.startsWith('/api/')) {
      if (hasBuild) return reply.type('text/html').sendFile('index.html')
      return reply.type('text/html').send(MISSING_BUILD)
    }
    // /api paths, wrong methods and anything else: the app's own error shape
    return apiNotFound(req, reply)
  })
}
