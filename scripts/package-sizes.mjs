#!/usr/bin/env node
/**
 * After `taro build --type weapp`: the size of the main package and of each subpackage
 * in dist/weapp (roots from app.json's subPackages). WeChat refuses packages over 2 MB;
 * our target is 1 MB each, and this exits 1 when any package is over it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../dist/weapp/', import.meta.url))
const TARGET_BYTES = 1024 * 1024
const PLATFORM_LIMIT_BYTES = 2 * 1024 * 1024
/** files the devtools do not upload */
const IGNORED = [/\.map$/, /\.LICENSE\.txt$/, /^project(\.private)?\.config\.json$/]

function files(dir) {
  const out = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...files(full))
    else out.push(full)
  }
  return out
}

function main() {
  const appJson = join(ROOT, 'app.json')
  if (!existsSync(appJson)) {
    console.error(`package-sizes: ${appJson} not found; run \`taro build --type weapp\` first`)
    process.exit(1)
  }
  const app = JSON.parse(readFileSync(appJson, 'utf8'))
  const roots = (app.subPackages ?? app.subpackages ?? []).map((p) => p.root.replace(/^\/+|\/+$/g, ''))
  const sizes = new Map([['(main)', 0], ...roots.map((r) => [r, 0])])
  const counts = new Map([...sizes.keys()].map((k) => [k, 0]))

  for (const file of files(ROOT)) {
    const rel = relative(ROOT, file).split(sep).join('/')
    const name = rel.split('/').pop()
    if (IGNORED.some((re) => re.test(name))) continue
    const owner = roots.find((r) => rel === r || rel.startsWith(`${r}/`)) ?? '(main)'
    sizes.set(owner, sizes.get(owner) + statSync(file).size)
    counts.set(owner, counts.get(owner) + 1)
  }

  const kb = (n) => (n / 1024).toFixed(1)
  const rows = [...sizes.entries()].map(([name, bytes]) => ({
    package: name,
    files: counts.get(name),
    kb: kb(bytes),
    status: bytes > PLATFORM_LIMIT_BYTES ? 'OVER 2 MB LIMIT' : bytes > TARGET_BYTES ? 'over 1 MB target' : 'ok',
    bytes
  }))
  const total = rows.reduce((s, r) => s + r.bytes, 0)

  const w = Math.max(...rows.map((r) => r.package.length), 'package'.length)
  const line = (a, b, c, d) => `${a.padEnd(w)}  ${b.padStart(5)}  ${c.padStart(9)}  ${d}`
  console.log('\nweapp package sizes (dist/weapp)')
  console.log(line('package', 'files', 'size KB', 'status'))
  console.log('-'.repeat(w + 32))
  for (const r of rows) console.log(line(r.package, String(r.files), r.kb, r.status))
  console.log('-'.repeat(w + 32))
  console.log(line('total', String(rows.reduce((s, r) => s + r.files, 0)), kb(total), ''))
  console.log(`target: each package ≤ ${kb(TARGET_BYTES)} KB (WeChat limit ${kb(PLATFORM_LIMIT_BYTES)} KB)\n`)

  const over = rows.filter((r) => r.bytes > TARGET_BYTES)
  if (over.length > 0) {
    console.error(`package-sizes: over the 1 MB target: ${over.map((r) => `${r.package} (${r.kb} KB)`).join(', ')}`)
    process.exit(1)
  }
}

main()
