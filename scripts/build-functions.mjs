#!/usr/bin/env node
// Bundles each cloud function into cloudfunctions/<name>/index.js (CommonJS, Node 16,
// wx-server-sdk left external) so WeChat devtools can upload the folder as it is, and
// writes the declared indexes for the cloud console.
import { build } from 'esbuild'
import { mkdirSync, writeFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'

const functions = ['api', 'sweep']
for (const name of functions) {
  const outfile = `cloudfunctions/${name}/index.js`
  await build({
    entryPoints: [`cloudfunctions/${name}/src/main.ts`],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node16',
    external: ['wx-server-sdk'],
    sourcemap: false,
    logLevel: 'warning'
  })
  console.log(`built ${outfile} (${(statSync(outfile).size / 1024).toFixed(1)} KB)`)
}

// The index list comes from the same module the embedded database uses.
const require = createRequire(import.meta.url)
const tmp = '.tmp/indexes.cjs'
mkdirSync('.tmp', { recursive: true })
await build({ entryPoints: ['cloudfunctions/api/src/db/indexes.ts'], outfile: tmp, bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning' })
const { INDEXES } = require(`../${tmp}`)
mkdirSync('dist', { recursive: true })
writeFileSync('dist/cloud-indexes.json', JSON.stringify(INDEXES, null, 2))
console.log(`wrote dist/cloud-indexes.json (${INDEXES.length} indexes)`)
