/**
 * The cloud implementation of the database port. wx-server-sdk's database already has
 * the port's shape (the port was cut from it), except `search`, which the cloud lacks:
 * that one is added from regular-expression queries (./search.ts).
 * It must be created with `throwOnNotFound: false`, which the port assumes.
 */
import type { Database } from './port'
import { regexpSearch } from './search'

export interface WxCloudLike {
  database(options: { throwOnNotFound: boolean }): unknown
}

export function cloudDatabase(cloud: WxCloudLike): Database {
  const sdk = cloud.database({ throwOnNotFound: false }) as Omit<Database, 'search'>
  // Delegates rather than mutating the SDK's object, so its methods keep their own `this`.
  const db: Database = {
    collection: (name) => sdk.collection(name),
    command: sdk.command,
    serverDate: () => sdk.serverDate(),
    RegExp: (options) => sdk.RegExp(options),
    runTransaction: (fn, times) => sdk.runTransaction(fn, times),
    search: (collection, request) => regexpSearch(db, collection, request)
  }
  return db
}
