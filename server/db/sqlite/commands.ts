/**
 * `db.command` and the other value markers (db.RegExp, db.serverDate). They only record
 * what the caller asked for; the query compiler and the update applier interpret them.
 */
import type {
  Command,
  Condition,
  DbRegExp,
  LogicCommand,
  QueryCommand,
  ServerDate,
  UpdateCommand
} from '../../../cloudfunctions/api/src/db/port'

export type ComparisonOp = 'eq' | 'neq' | 'gt' | 'gte' | 'lt' | 'lte' | 'in' | 'nin' | 'exists'

abstract class QueryNode implements QueryCommand {
  readonly __queryCommand = true as const
  and(other: QueryCommand): QueryCommand {
    return new LogicNode('and', [this, other])
  }
  or(other: QueryCommand): QueryCommand {
    return new LogicNode('or', [this, other])
  }
}

/** A field-level comparison such as `_.gt(3)`. */
export class ComparisonNode extends QueryNode {
  constructor(
    readonly op: ComparisonOp,
    readonly arg: unknown
  ) {
    super()
  }
}

/**
 * `_.and([...])` / `_.or([...])` and chained `.and()` / `.or()`. The same node serves
 * both levels: passed straight to `where()` its operands are conditions; used as a
 * field's value its operands are commands (or nested conditions on that field).
 */
export class LogicNode extends QueryNode implements LogicCommand {
  readonly __logicCommand = true as const
  constructor(
    readonly op: 'and' | 'or',
    readonly operands: ReadonlyArray<Condition | QueryCommand>
  ) {
    super()
  }
}

export type UpdateOpName = 'set' | 'remove' | 'inc' | 'push' | 'pull'

export class UpdateNode implements UpdateCommand {
  readonly __updateCommand = true as const
  constructor(
    readonly op: UpdateOpName,
    readonly arg: unknown
  ) {}
}

/** `db.RegExp({regexp, options})`. */
export class DbRegExpValue implements DbRegExp {
  readonly __regexp = true as const
  constructor(
    readonly regexp: string,
    readonly options: string
  ) {}
}

/** `db.serverDate()`: replaced by the time of the call that carries it. */
export class ServerDateValue implements ServerDate {
  readonly __serverDate = true as const
}

/** Any marker object that must never be stored as-is. */
export function isCommandLike(v: unknown): boolean {
  return v instanceof QueryNode || v instanceof UpdateNode || v instanceof DbRegExpValue
}

export const command: Command = {
  eq: (value) => new ComparisonNode('eq', value),
  neq: (value) => new ComparisonNode('neq', value),
  gt: (value) => new ComparisonNode('gt', value),
  gte: (value) => new ComparisonNode('gte', value),
  lt: (value) => new ComparisonNode('lt', value),
  lte: (value) => new ComparisonNode('lte', value),
  in: (values) => new ComparisonNode('in', values),
  nin: (values) => new ComparisonNode('nin', values),
  exists: (flag) => new ComparisonNode('exists', flag),
  and: (conditions) => new LogicNode('and', conditions),
  or: (conditions) => new LogicNode('or', conditions),
  set: (value) => new UpdateNode('set', value),
  remove: () => new UpdateNode('remove', undefined),
  inc: (n) => new UpdateNode('inc', n),
  push: (values) => new UpdateNode('push', values),
  pull: (value) => new UpdateNode('pull', value)
}
