/**
 * Crash injection: a database wrapper that "dies" at a chosen access. From then on every
 * call through it fails, as if the function instance had been killed: nothing after the
 * crash point reaches the database (no release, no completion), while everything committed
 * before it stays. Retries then go through a healthy router on the same database.
 */
import type { Database, Transaction } from '../../../cloudfunctions/api/src/db/port'
import { createRouter, type Router } from '../../../cloudfunctions/api/src/router'
import { outboxMessenger } from '../../../server/messenger/outboxMessenger'
import { wordListChecker } from '../../../server/contentCheck/wordListChecker'
import type { Bed } from '../helpers'

export interface Access {
  collection: string
  /** true inside a transaction */
  inTx: boolean
}

export class Crashed extends Error {
  constructor() {
    super('injected crash')
  }
}

export function crashingDb(db: Database, crashAt: (access: Access) => boolean): Database & { crashed: boolean } {
  const state = { crashed: false }
  const touch = (access: Access) => {
    if (!state.crashed && crashAt(access)) state.crashed = true
    if (state.crashed) throw new Crashed()
  }
  const wrapped = {
    get crashed() {
      return state.crashed
    },
    command: db.command,
    serverDate: () => db.serverDate(),
    RegExp: (o: { regexp: string; options?: string }) => db.RegExp(o),
    search: (c: string, r: Parameters<Database['search']>[1]) => {
      touch({ collection: c, inTx: false })
      return db.search(c, r)
    },
    collection: (name: string) => {
      touch({ collection: name, inTx: false })
      return db.collection(name)
    },
    runTransaction: <T>(fn: (tx: Transaction) => Promise<T>, times?: number) => {
      if (state.crashed) return Promise.reject(new Crashed())
      return db.runTransaction(
        (tx) =>
          fn({
            collection: (name: string) => {
              touch({ collection: name, inTx: true })
              return tx.collection(name)
            },
            rollback: (reason?: unknown) => tx.rollback(reason)
          }),
        times
      )
    }
  }
  return wrapped as Database & { crashed: boolean }
}

/** a router over the crashing database, with the bed's clock and the production limits */
export function crashingRouter(bed: Bed, db: Database): Router {
  return createRouter({ db, clock: bed.clock, logger: { error: () => undefined }, devMode: true, messenger: outboxMessenger(bed.db, bed.clock), contentCheck: wordListChecker() })
}

/** every table, revisions and all: proves that a call wrote nothing whatsoever */
export function fullDigest(bed: Bed): string {
  const tables = bed.db.raw.prepare("select name from sqlite_master where type='table' order by name").all() as Array<{ name: string }>
  return tables
    .map(({ name }) => {
      const rows = bed.db.raw.prepare(`select * from "${name}" order by 1`).all()
      return rows.length ? `${name}:${JSON.stringify(rows)}` : ''
    })
    .filter(Boolean)
    .join('\n')
}
