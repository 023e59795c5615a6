import { DbError } from '../../../cloudfunctions/api/src/db/port'

/** Awaits a rejection and returns the DbError for inspection. */
export async function dbError(promise: Promise<unknown>): Promise<DbError> {
  const e = await promise.then(
    () => undefined,
    (err: unknown) => err
  )
  expect(e).toBeInstanceOf(DbError)
  return e as DbError
}
