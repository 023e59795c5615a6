/**
 * Local file storage standing in for WeChat cloud storage: uploads land in
 * DATA_DIR/files and answer a fileID of the cloud's shape (cloud://<env>.<bucket>/<path>),
 * so the app handles both the same way.
 */
import type { FastifyInstance } from 'fastify'
import multipart from '@fastify/multipart'
import fastifyStatic from '@fastify/static'
import { createWriteStream, mkdirSync, unlinkSync } from 'node:fs'
import { pipeline } from 'node:stream/promises'
import { randomBytes } from 'node:crypto'
import { extname, join } from 'node:path'
import { apiError } from '../../types'
import type { ServerConfig } from '../config'

export const LOCAL_FILE_ENV = 'local-dev.files'

export const ALLOWED_EXTENSIONS: Record<string, string[]> = {
  '.jpg': ['image/jpeg'],
  '.jpeg': ['image/jpeg'],
  '.png': ['image/png'],
  '.webp': ['image/webp'],
  '.pdf': ['application/pdf'],
  '.doc': ['application/msword'],
  '.docx': ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  '.xls': ['application/vnd.ms-excel'],
  '.xlsx': ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']
}

export async function registerFiles(
  app: FastifyInstance,
  config: ServerConfig,
  identify: (authorization: string | undefined) => string | null
): Promise<void> {
  const root = join(config.dataDir, 'files')
  mkdirSync(root, { recursive: true })
  await app.register(multipart, { limits: { fileSize: config.maxUploadBytes, files: 1, fields: 5 } })
  await app.register(fastifyStatic, { root, prefix: '/files/', decorateReply: false, index: false })

  const maxMb = Math.round(config.maxUploadBytes / 1024 / 1024)

  app.post('/files', async (req) => {
    if (!identify(req.headers.authorization)) return { ok: false, error: apiError('UNAUTHENTICATED') }
    const file = await req.file().catch(() => undefined)
    if (!file) return { ok: false, error: apiError('INVALID_INPUT', '请选择要上传的文件', 'file') }
    const ext = extname(file.filename).toLowerCase()
    const mimes = ALLOWED_EXTENSIONS[ext]
    if (!mimes || !mimes.includes(file.mimetype)) {
      file.file.resume()
      return { ok: false, error: apiError('FILE_TYPE', '仅支持 jpg、png、webp 图片和 pdf、Word、Excel 文件', 'file') }
    }
    const month = new Date().toISOString().slice(0, 7).replace('-', '')
    mkdirSync(join(root, month), { recursive: true })
    const relative = `${month}/${randomBytes(12).toString('hex')}${ext}`
    const target = join(root, relative)
    await pipeline(file.file, createWriteStream(target))
    if (file.file.truncated) {
      // Nothing half-written stays behind.
      unlinkSync(target)
      return { ok: false, error: apiError('FILE_TOO_LARGE', `文件不能超过 ${maxMb} MB`, 'file') }
    }
    return { ok: true, data: { fileID: `cloud://${LOCAL_FILE_ENV}/${relative}`, url: `/files/${relative}` } }
  })
}
