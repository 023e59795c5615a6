import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { Attachment } from '../../types'
import AttachmentPicker from '../../src/components/AttachmentPicker'
import AttachmentList from '../../src/components/AttachmentList'
import { uploadFile } from '../../src/services/upload'
import { ApiCallError } from '../../src/services/errors'
import { rememberFileUrls } from '../../src/services/fileUrls'
import { checkLocalFile, extensionOf } from '../../src/utils/attachments'

jest.mock('../../src/services/upload', () => ({
  ...jest.requireActual('../../src/services/upload'),
  uploadFile: jest.fn()
}))
const mockUpload = uploadFile as jest.MockedFunction<typeof uploadFile>

const MB = 1024 * 1024
const picked = (name: string, size: number) => ({ tempFilePath: `http://tmp/${name}`, size, fileType: 'image', duration: 0, height: 1, width: 1, thumbTempFilePath: '' })
const uploaded = (name: string): Attachment => ({ fileID: `cloud://local-dev.files/202503/${name}`, name, size: 1000, kind: 'image' })

let latest: Attachment[] = []
function Harness({ initial = [], max }: { initial?: Attachment[]; max?: number }) {
  const [value, setValue] = useState<Attachment[]>(initial)
  latest = value
  return <AttachmentPicker value={value} onChange={setValue} max={max} />
}

function choose(files: ReturnType<typeof picked>[]) {
  return jest.spyOn(Taro, 'chooseMedia').mockResolvedValue({ tempFiles: files, type: 'image', errMsg: 'chooseMedia:ok' } as never)
}

async function tapId(id: string) {
  const el = document.querySelector(`#${id}`)
  if (!el) throw new Error(`no #${id}`)
  await act(async () => {
    fireEvent.click(el)
  })
}

beforeEach(() => {
  mockUpload.mockReset()
  latest = []
})
afterEach(() => jest.restoreAllMocks())

describe('attachment rules', () => {
  it('accepts the listed types up to 10 MB and says why not otherwise', () => {
    expect(extensionOf('http://tmp/a.b/photo.JPG')).toBe('jpg')
    expect(extensionOf('noext')).toBe('')
    expect(checkLocalFile({ path: 'p', name: '营业执照.png', size: 2 * MB, kind: 'image' })).toBeNull()
    expect(checkLocalFile({ path: 'p', name: '申请表.docx', size: 10 * MB, kind: 'file' })).toBeNull()
    expect(checkLocalFile({ path: 'p', name: '现场.gif', size: MB, kind: 'image' })).toBe('“现场.gif”不是支持的图片格式，请选择 jpg、png 或 webp 图片')
    expect(checkLocalFile({ path: 'p', name: '说明.zip', size: MB, kind: 'file' })).toContain('格式不支持')
    expect(checkLocalFile({ path: 'p', name: '大图.jpg', size: 10 * MB + 1, kind: 'image' })).toBe('“大图.jpg”超过 10 MB，请压缩后再上传')
  })
})

describe('AttachmentPicker', () => {
  it('uploads what fits, with progress, and refuses the rest with a reason', async () => {
    let finish: (a: Attachment) => void = () => undefined
    mockUpload.mockImplementation((_file, onProgress) => {
      onProgress?.(40)
      return new Promise((resolve) => {
        finish = resolve
      })
    })
    choose([picked('现场1.jpg', MB), picked('超大.jpg', 11 * MB), picked('动图.gif', MB)])
    render(<Harness />)
    await tapId('attach-image')

    expect(await screen.findByText('上传中 40%')).toBeTruthy()
    expect(screen.getByText('“超大.jpg”超过 10 MB，请压缩后再上传')).toBeTruthy()
    expect(screen.getByText(/“动图.gif”不是支持的图片格式/)).toBeTruthy()
    expect(mockUpload).toHaveBeenCalledTimes(1)
    expect(mockUpload.mock.calls[0][0]).toEqual({ path: 'http://tmp/现场1.jpg', name: '现场1.jpg', size: MB, kind: 'image' })

    await act(async () => finish(uploaded('a.jpg')))
    expect(await screen.findByText(/已上传/)).toBeTruthy()
    expect(latest).toEqual([uploaded('a.jpg')])
  })

  it('keeps a failed file with its message until retried or removed', async () => {
    mockUpload.mockRejectedValueOnce(new ApiCallError({ code: 'NETWORK', message: '网络连接失败，请检查网络后重试' }))
    mockUpload.mockResolvedValueOnce(uploaded('b.jpg'))
    choose([picked('现场2.jpg', MB)])
    render(<Harness />)
    await tapId('attach-image')

    expect(await screen.findByText('上传失败：网络连接失败，请检查网络后重试')).toBeTruthy()
    expect(latest).toEqual([])
    await act(async () => {
      fireEvent.click(screen.getByText('重试'))
    })
    await waitFor(() => expect(latest).toEqual([uploaded('b.jpg')]))
    expect(screen.queryByText(/上传失败/)).toBeNull()
  })

  it('never goes past max', async () => {
    mockUpload.mockImplementation(async (file) => uploaded(file.name))
    const chooser = choose([picked('x1.jpg', MB), picked('x2.jpg', MB)])
    render(<Harness initial={[uploaded('a.jpg'), uploaded('b.jpg')]} max={3} />)
    await tapId('attach-image')

    // only one slot was left: the chooser is asked for one, and a second file is refused
    expect(chooser.mock.calls[0][0]).toEqual(expect.objectContaining({ count: 1 }))
    await waitFor(() => expect(latest.map((a) => a.name)).toEqual(['a.jpg', 'b.jpg', 'x1.jpg']))
    expect(screen.getByText('最多上传3个图片或文件，“x2.jpg”未添加')).toBeTruthy()
    expect(screen.getByText('3/3')).toBeTruthy()

    chooser.mockClear()
    await tapId('attach-image')
    expect(chooser).not.toHaveBeenCalled()
  })

  it('removes an uploaded file', async () => {
    render(<Harness initial={[uploaded('a.jpg'), uploaded('b.jpg')]} />)
    await act(async () => {
      fireEvent.click(screen.getAllByText('删除')[0])
    })
    expect(latest.map((a) => a.name)).toEqual(['b.jpg'])
  })
})

describe('AttachmentList', () => {
  it('previews images served by the local host and lists documents by name', async () => {
    const preview = jest.spyOn(Taro, 'previewImage').mockResolvedValue({ errMsg: 'ok' } as never)
    const items: Attachment[] = [uploaded('a.jpg'), uploaded('b.jpg'), { fileID: 'cloud://local-dev.files/202503/c.pdf', name: '申请表.pdf', size: 2 * MB, kind: 'file' }]
    // the answer that named the files carried their signed URLs (ApiResult.files)
    const e = Math.floor(Date.now() / 1000) + 7200
    rememberFileUrls(Object.fromEntries(items.map((a) => [a.fileID, `/files/${a.fileID.slice('cloud://local-dev.files/'.length)}?e=${e}&s=sig`])))
    const { container } = render(<AttachmentList items={items} />)
    expect(screen.getByText('申请表.pdf')).toBeTruthy()
    expect(screen.getByText('2.0 MB')).toBeTruthy()
    const thumbs = container.querySelectorAll('.attachment-list__thumb')
    expect(thumbs).toHaveLength(2)
    await act(async () => {
      fireEvent.click(thumbs[1])
    })
    // h5 is served by the local host itself: same-origin signed paths
    const url = (name: string) => `/files/202503/${name}?e=${e}&s=sig`
    expect(preview).toHaveBeenCalledWith({ urls: [url('a.jpg'), url('b.jpg')], current: url('b.jpg') })
  })
})

describe('uploadFile through the local host', () => {
  const real = jest.requireActual('../../src/services/upload') as typeof import('../../src/services/upload')
  const file = { path: 'blob:http://x/1', name: '申请表.pdf', size: 3000, kind: 'file' as const }

  function hostAnswers(data: unknown) {
    const progress = jest.fn((cb: (p: { progress: number }) => void) => cb({ progress: 55 }))
    const task = Object.assign(Promise.resolve({ statusCode: 200, data: JSON.stringify(data), errMsg: 'uploadFile:ok' }), { progress })
    return jest.spyOn(Taro, 'uploadFile').mockReturnValue(task as never)
  }

  it('posts the file with the session token and its name, and answers the attachment', async () => {
    Taro.setStorageSync('qsj.devToken', 'tok-1')
    const up = hostAnswers({ ok: true, data: { fileID: 'cloud://local-dev.files/202503/f.pdf', url: '/files/202503/f.pdf' } })
    const seen: number[] = []
    const att = await real.uploadFile(file, (p) => seen.push(p))

    expect(att).toEqual({ fileID: 'cloud://local-dev.files/202503/f.pdf', name: '申请表.pdf', size: 3000, kind: 'file' })
    expect(up.mock.calls[0][0]).toEqual(
      expect.objectContaining({ url: '/files', filePath: 'blob:http://x/1', name: 'file', fileName: '申请表.pdf', header: { Authorization: 'Bearer tok-1' } })
    )
    expect(seen).toEqual([55, 100])
  })

  it('rejects with the host’s own message', async () => {
    hostAnswers({ ok: false, error: { code: 'FILE_TOO_LARGE', message: '文件不能超过 10 MB', field: 'file' } })
    await expect(real.uploadFile(file)).rejects.toMatchObject({ code: 'FILE_TOO_LARGE', message: '文件不能超过 10 MB' })
  })
})
