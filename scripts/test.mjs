#!/usr/bin/env node
// `npm test`: typecheck, lint, build weapp and h5, then every jest suite (unit,
// components, weapp output, e2e in Chromium). Prints one line per step and ends with
// the plain total over every suite: `N passed, N failed`.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync, mkdirSync } from 'node:fs'

let passed = 0
let failed = 0
const lines = []

function step(name, cmd, args, env = {}) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`)
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  const ok = r.status === 0
  lines.push(`${ok ? 'ok  ' : 'FAIL'} ${name}`)
  return ok
}

// Checks that are not jest tests count as one test each.
for (const [name, cmd, args] of [
  ['typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']],
  ['lint', 'npx', ['eslint', '.']]
]) {
  if (step(name, cmd, args)) passed++
  else failed++
}

const builds = [
  ['build weapp', 'npm', ['run', 'build:weapp']],
  ['build h5', 'npm', ['run', 'build:h5']],
  ['build functions', 'npm', ['run', 'build:functions']]
]
if (process.env.SKIP_BUILD !== '1') {
  for (const [name, cmd, args] of builds) {
    if (step(name, cmd, args)) passed++
    else failed++
  }
}

mkdirSync('.tmp', { recursive: true })
const report = '.tmp/jest-results.json'
rmSync(report, { force: true })
const extra = process.argv.slice(2)
step('jest', 'npx', ['jest', '--json', `--outputFile=${report}`, ...extra])
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'))
  passed += r.numPassedTests
  failed += r.numFailedTests
  // A suite that fails to run at all has no failed tests: count it, or it would vanish.
  failed += r.testResults.filter((s) => s.status === 'failed' && s.assertionResults.length === 0).length
} else {
  failed++
}

console.log('\n' + lines.join('\n'))
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed > 0 ? 1 : 0)
