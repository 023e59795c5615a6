/**
 * `npm run bench`: latency of the local host's hot paths over real HTTP on seeded
 * temporary databases, next to the same action called on the router directly, so the
 * HTTP overhead shows as a ratio. Prints figures; asserts nothing (the machine is shared:
 * run twice before believing a number).
 *
 * Parts (scripts/bench/):
 * - demo    the demo actions on the demo seed (session.me, home.feed, news, notices)
 * - cases   the steward inbox, 我的办件 (all, active) and the 督办台 views (a park's
 *           overdue and all, the city-wide overdue and all as the admin) over bulk-
 *           generated cases, for each size; p95 against the 15 ms target; RSS after each
 * - search  policy.search over generated policies, for each size: over HTTP, on the
 *           router, on the port and the same query on bare SQLite; p95 against 15 ms and
 *           the HTTP/bare ratio against 1.5×
 *
 * Knobs (environment):
 * - BENCH_ONLY=demo|cases|search     one part, or several separated by commas
 * - BENCH_CASES=100000,1000000       case counts, one database each (default both)
 * - BENCH_POLICIES=10000,100000      policy counts, one database each (default both)
 * - BENCH_RUNS=500                   timed requests per row (larger policy sets use fewer)
 * - BENCH_DIR=/tmp                   where the temporary databases go (1,000,000 cases ≈ 4.5 GB; removed at the end, also on Ctrl-C)
 */
import { memoryLine } from './bench/common'
import { benchCases } from './bench/cases'
import { benchDemo } from './bench/demo'
import { benchSearch } from './bench/search'

const PARTS = { demo: benchDemo, cases: benchCases, search: benchSearch } as const
type Part = keyof typeof PARTS

async function main() {
  const only = (process.env.BENCH_ONLY ?? '').split(',').map((s) => s.trim()).filter(Boolean)
  const unknown = only.filter((p) => !(p in PARTS))
  if (unknown.length) throw new Error(`BENCH_ONLY: unknown part ${unknown.join(', ')} (demo, cases, search)`)
  for (const part of Object.keys(PARTS) as Part[]) {
    if (only.length === 0 || only.includes(part)) await PARTS[part]()
  }
  console.log(memoryLine('end of run'))
}

main().catch((e) => {
  console.error(e)
  process.exitCode = 1
})
