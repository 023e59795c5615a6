/**
 * The cloud implementation of the database port. wx-server-sdk's database already has
 * this shape (the port was cut from it), so this is a typed hand-over, not an adapter.
 * It must be created with `throwOnNotFound: false`, which the port assumes.
 */
import type { Database } from './port'

export interface WxCloudLike {
  database(options: { throwOnNotFound: boolean }): unknown
}

export function cloudDatabase(cloud: WxCloudLike): Database {
  return cloud.database({ throwOnNotFound: false }) as Database
}
