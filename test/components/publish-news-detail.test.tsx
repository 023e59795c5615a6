import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { NewsItem } from '../../types'
import { call } from '../../src/services'
import NewsDetailPage from '../../src/packages/news/detail/index'
import { rememberFileUrls } from '../../src/services/fileUrls'
import { NOW } from './fixtures'

jest.mock('../../src/services', () => ({
  ...jest.requireActual('../../src/services'),
  call: jest.fn()
}))
jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual('@tarojs/taro')
  return { __esModule: true, ...actual, default: actual.default, useRouter: () => ({ params: { id: 'nw-1' } }) }
})

const mockCall = call as jest.MockedFunction<typeof call>

const item = (over: Partial<NewsItem> = {}): NewsItem => ({
  _id: 'nw-1',
  title: '高新区举办政企早餐会',
  category: '典型案例',
  summary: '二十家企业负责人与园区部门面对面交流。',
  cover: 'cloud://env-1/news/cover.png',
  source: '湘潭高新区管委会',
  publishedAt: NOW,
  readCount: 42,
  body: ['会上收集的问题已全部交办。'],
  bodyHtml: '<p>会上收集的问题<strong>已全部交办</strong>。</p><ul><li>用工</li></ul>',
  ...over
})

function serve(news: NewsItem) {
  mockCall.mockImplementation((async (action: string) => {
    if (action === 'news.get') {
      // what the seam does with the answer's files: the URLs fileUrl() reads
      rememberFileUrls({ [news.cover]: '/files/u/um/202611/cover.png?e=9999999999&s=sig' })
      return news
    }
    throw new Error(`unexpected ${action}`)
  }) as unknown as typeof call)
}

beforeEach(() => mockCall.mockReset())
afterEach(() => jest.restoreAllMocks())

describe('营商动态 detail', () => {
  it('renders the sanitised rich text, the cover, the summary and the reads', async () => {
    serve(item())
    render(<NewsDetailPage />)
    await screen.findByText('高新区举办政企早餐会')
    const body = await waitFor(() => {
      const el = document.querySelector('#news-body')
      if (!el?.querySelector('strong')) throw new Error('no rich text yet')
      return el
    })
    expect(body.querySelector('strong')?.textContent).toBe('已全部交办')
    expect(body.querySelector('li')?.textContent).toBe('用工')
    expect(document.querySelector('#news-reads')?.textContent).toBe('阅读 42')
    expect(screen.getByText('二十家企业负责人与园区部门面对面交流。')).toBeTruthy()
    // the signed URL the answer carried
    expect(document.querySelector('#news-cover img, img#news-cover')?.getAttribute('src')).toBe('/files/u/um/202611/cover.png?e=9999999999&s=sig')
  })

  it('shows older items’ plain paragraphs as text, never as HTML', async () => {
    serve(item({ bodyHtml: null, cover: '', body: ['第一段 <b>不是标签</b>', '第二段'] }))
    render(<NewsDetailPage />)
    expect(await screen.findByText('第一段 <b>不是标签</b>')).toBeTruthy()
    expect(screen.getByText('第二段')).toBeTruthy()
    expect(document.querySelector('#news-body b')).toBeNull()
    expect(document.querySelector('#news-cover')).toBeNull()
  })

  it('copies the link in the browser build', async () => {
    const copy = jest.spyOn(Taro, 'setClipboardData').mockResolvedValue({ errMsg: 'setClipboardData:ok' } as never)
    jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' })
    serve(item())
    render(<NewsDetailPage />)
    const share = await screen.findByText('复制链接')
    await act(async () => {
      fireEvent.click(share)
    })
    expect(copy).toHaveBeenCalledWith({ data: window.location.href })
  })
})
