/**
 * Local file storage standing in for WeChat cloud storage. Uploads land under the
 * uploader's folder, DATA_DIR/files/u/<userId>/<yyyymm>/<random>.<ext>, checked by content,
 * and answer a fileID of the cloud's shape (cloud://<env>/<path>) with a signed URL.
 * Files are served only with a valid, unexpired signature: the router hands those out
 * with the answers that name the file, after the handler's own visibility check.
 */
import type { FastifyInstance, FastifyReply } from 'fastify'
import multipart from '@fastify/multipart'
import { createReadStream, createWriteStream, mkdirSync, renameSync, statSync, unlinkSync } from 'node:fs'
import { pipeline } from 'node:stream/promises'
import { randomBytes } from 'node:crypto'
import { basename, extname, join } from 'node:path'
import { apiError, type ErrorCode } from '../../types'
import type { Clock } from '../../cloudfunctions/api/src/domain/context'
import { systemClock } from '../../cloudfunctions/api/src/domain/context'
import { uploadFolder } from '../../cloudfunctions/api/src/domain/cases/attachments'
import { userIdFor } from '../../cloudfunctions/api/src/domain/ids'
import type { Database } from '../../cloudfunctions/api/src/db/port'
import { consumeRateLimit, rateLimitedError } from '../../cloudfunctions/api/src/limits'
import type { ServerConfig } from '../config'
import { contentMatches, kindOfExtension } from '../files/contentType'
import { isSafePath, LOCAL_FILE_ENV } from '../files/localFileStore'
import { checkSignature, signedFileUrl } from '../files/signing'

export { LOCAL_FILE_ENV }

export interface FileRouteDeps {
  config: ServerConfig
  db: Database
  clock?: Clock
  /** the openid a request's Authorization header names, or null */
  identify: (authorization: string | undefined) => string | null
}

const TYPE_MESSAGE = '仅支持 jpg、png、webp 图片和 pdf、Word、Excel 文件'

function refuse(reply: FastifyReply, status: number, code: ErrorCode, message?: string) {
  return reply.code(status).send({ ok: false, error: apiError(code, message) })
}

/** yyyymm of the Beijing month */
function beijingMonth(now: Date): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 7).replace('-', '')
}

/** RFC 6266: an ASCII fallback and the UTF-8 name */
function disposition(inline: boolean, name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_')
  return `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`
}

export async function registerFiles(app: FastifyInstance, { config, db, clock = systemClock, identify }: FileRouteDeps): Promise<void> {
  const root = join(config.dataDir, 'files')
  const incoming = join(root, '.incoming')
  mkdirSync(incoming, { recursive: true })
  await app.register(multipart, { limits: { fileSize: config.maxUploadBytes, files: 1, fields: 5 } })

  const maxMb = Math.round(config.maxUploadBytes / 1024 / 1024)

  app.post('/files', async (req) => {
    const openid = identify(req.headers.authorization)
    if (!openid) return { ok: false, error: apiError('UNAUTHENTICATED') }
    const userId = userIdFor(openid)
    const now = clock.now()
    const limit = await consumeRateLimit(db, { cls: 'upload', userId, ip: req.ip || null, now })
    if (!limit.ok) return { ok: false, error: rateLimitedError(limit.retryAt, now) }

    const file = await req.file().catch(() => undefined)
    if (!file) return { ok: false, error: apiError('INVALID_INPUT', '请选择要上传的文件', 'file') }
    const ext = extname(file.filename).toLowerCase()
    if (!kindOfExtension(ext)) {
      file.file.resume()
      return { ok: false, error: apiError('FILE_TYPE', TYPE_MESSAGE, 'file') }
    }
    // written aside first: only a complete file whose bytes match its name is kept
    const name = `${randomBytes(12).toString('hex')}${ext}`
    const temp = join(incoming, name)
    try {
      const tooLarge = await pipeline(file.file, createWriteStream(temp)).then(
        () => file.file.truncated,
        (e: { code?: string }) => {
          if (e?.code === 'FST_REQ_FILE_TOO_LARGE') return true
          throw e
        }
      )
      if (tooLarge) return { ok: false, error: apiError('FILE_TOO_LARGE', `文件不能超过 ${maxMb} MB`, 'file') }
      if (!(await contentMatches(temp, ext))) {
        return { ok: false, error: apiError('FILE_TYPE', `文件内容与扩展名不符：${TYPE_MESSAGE}`, 'file') }
      }
      const relative = `${uploadFolder(userId)}${beijingMonth(now)}/${name}`
      mkdirSync(join(root, relative, '..'), { recursive: true })
      renameSync(temp, join(root, relative))
      return {
        ok: true,
        data: { fileID: `cloud://${LOCAL_FILE_ENV}/${relative}`, url: signedFileUrl(config.sessionSecret, relative, now.getTime()) }
      }
    } finally {
      try {
        unlinkSync(temp)
      } catch {
        // renamed into place, or never written
      }
    }
  })

  app.get<{ Params: { '*': string }; Querystring: { e?: string; s?: string } }>('/files/*', async (req, reply) => {
    const path = req.params['*']
    if (!isSafePath(path) || path.startsWith('.')) return refuse(reply, 404, 'NOT_FOUND')
    const check = checkSignature(config.sessionSecret, path, req.query.e, req.query.s, clock.now().getTime())
    if (check !== 'ok') {
      return refuse(reply, 403, 'FORBIDDEN', check === 'expired' ? '文件链接已过期，请返回上一页刷新后再打开' : '文件链接无效，请从应用内打开文件')
    }
    const kind = kindOfExtension(extname(path).toLowerCase())
    const full = join(root, path)
    let size: number
    try {
      const stat = statSync(full)
      if (!stat.isFile()) throw new Error('not a file')
      size = stat.size
    } catch {
      return refuse(reply, 404, 'NOT_FOUND')
    }
    const remaining = Math.max(0, Number(req.query.e) - Math.floor(clock.now().getTime() / 1000))
    return reply
      .header('Content-Type', kind?.mime ?? 'application/octet-stream')
      .header('Content-Length', size)
      .header('X-Content-Type-Options', 'nosniff')
      .header('Content-Disposition', disposition(kind?.inline ?? false, basename(path)))
      .header('Cache-Control', `private, max-age=${Math.min(3600, remaining)}`)
      .send(createReadStream(full))
  })
}
