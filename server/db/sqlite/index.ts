/**
 * The embedded database: the database port (cloudfunctions/api/src/db/port.ts)
 * implemented on SQLite with the WeChat cloud database's rules.
 */
export { openSqliteDatabase } from './open'
export type { SqliteDatabase, SqliteDatabaseOptions } from './open'
