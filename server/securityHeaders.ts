/**
 * Security headers on every answer of the local host (@fastify/helmet): a strict
 * Content-Security-Policy for the h5 pages and the API, no framing, a referrer policy and
 * nosniff. Scripts run only from this origin, plus the h5 template's own inline script,
 * allowed by its hash (read from the build), never by 'unsafe-inline'. Styles need
 * 'unsafe-inline': Taro's h5 components set inline styles at run time.
 */
import type { FastifyInstance } from 'fastify'
import helmet from '@fastify/helmet'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** 'sha256-…' sources of the inline <script> elements of the built index.html */
export function inlineScriptHashes(h5Dir: string): string[] {
  const index = join(h5Dir, 'index.html')
  if (!existsSync(index)) return []
  const html = readFileSync(index, 'utf8')
  const out: string[] = []
  for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)) {
    if (m[1].trim()) out.push(`'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`)
  }
  return out
}

export async function registerSecurityHeaders(app: FastifyInstance, h5Dir: string): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", ...inlineScriptHashes(h5Dir)],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        // news and lecture covers may be https addresses; uploads come from /files
        imgSrc: ["'self'", 'data:', 'blob:', 'https:'],
        mediaSrc: ["'self'", 'blob:', 'https:'],
        fontSrc: ["'self'", 'data:'],
        // Taro's h5 uploadFile reads the picked file back from its blob: URL
        connectSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"]
      }
    },
    // the app is not embedded anywhere
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    // plain http on the development machine: HSTS belongs to the TLS front of a deployment
    strictTransportSecurity: false,
    // the weapp in WeChat devtools loads /files images from another origin; the signature,
    // not the origin, is what guards a file
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    crossOriginEmbedderPolicy: false
  })
}
