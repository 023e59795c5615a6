/** usePagedList passes the previous page's nextCursor to the next fetch, and starts over without one. */
import { act, renderHook, waitFor } from '@testing-library/react'
import type { Page } from '../../types'
import { cursorField, usePagedList, type FetchPage } from '../../src/hooks/usePagedList'

type Row = { _id: string }
const page = (n: number, ids: string[], nextCursor?: string, hasMore = nextCursor !== undefined): Page<Row> => ({
  items: ids.map((_id) => ({ _id })),
  total: 5,
  page: n,
  pageSize: 2,
  hasMore,
  ...(nextCursor ? { nextCursor } : {})
})

it('asks for each further page after the cursor the previous one gave', async () => {
  const calls: Array<[number, number, string | undefined]> = []
  const answers = [page(1, ['a', 'b'], 'c1'), page(2, ['c', 'd'], 'c2'), page(3, ['e'])]
  const fetchPage: FetchPage<Row> = async (n, size, cursor) => {
    calls.push([n, size, cursor])
    return answers[n - 1]
  }
  const { result } = renderHook(() => usePagedList(fetchPage, (r) => r._id, 2))
  await waitFor(() => expect(result.current.loading).toBe(false))
  await act(() => result.current.loadMore())
  await act(() => result.current.loadMore())
  expect(calls).toEqual([
    [1, 2, undefined],
    [2, 2, 'c1'],
    [3, 2, 'c2']
  ])
  expect(result.current.items.map((r) => r._id)).toEqual(['a', 'b', 'c', 'd', 'e'])
  expect(result.current.hasMore).toBe(false)

  // a reload starts from the top, without a cursor
  await act(() => result.current.reload())
  expect(calls[calls.length - 1]).toEqual([1, 2, undefined])
})

it('lists without cursors keep paging by number', async () => {
  const calls: Array<string | undefined> = []
  const fetchPage: FetchPage<Row> = async (n, _size, cursor) => {
    calls.push(cursor)
    return page(n, [`r${n}`], undefined, n < 2)
  }
  const { result } = renderHook(() => usePagedList(fetchPage, (r) => r._id, 1))
  await waitFor(() => expect(result.current.loading).toBe(false))
  await act(() => result.current.loadMore())
  expect(calls).toEqual([undefined, undefined])
  expect(cursorField(undefined)).toEqual({})
  expect(cursorField('x')).toEqual({ cursor: 'x' })
})
