/** Rich-text bodies: an allow-list survives, nothing executable does. */
import { sanitizePolicyHtml } from '../../../cloudfunctions/api/src/domain/policies'

const clean = (html: string) => sanitizePolicyHtml(html).html

describe('sanitizePolicyHtml', () => {
  it('removes scripts with their content, event handlers and javascript: URLs', () => {
    const out = clean(
      '<p onclick="steal()">申报<script>alert(1)</script>须知</p>' +
        '<img src="https://img.example.cn/a.png" onerror="alert(2)">' +
        '<a href="javascript:alert(3)">点我</a><a href="&#106;avascript:alert(4)">再点</a>' +
        '<a href=" JaVaScRiPt:alert(5)">三</a><SCRIPT SRC=//evil.example/x.js></SCRIPT>' +
        '<iframe src="https://evil.example"></iframe><style>p{color:red}</style><svg onload="alert(6)"></svg>'
    )
    expect(out).not.toMatch(/script|onerror|onclick|onload|javascript|iframe|style|svg|alert|evil/i)
    expect(out).toBe('<p>申报须知</p><img src="https://img.example.cn/a.png"><a>点我</a><a>再点</a><a>三</a>')
  })

  it('keeps the allowed tags and safe links and images', () => {
    const html =
      '<h3>一、适用范围</h3><h4>（一）对象</h4><p>本市<strong>中小</strong><em>企业</em><u>均可</u><br>申报</p>' +
      '<ul><li>甲</li></ul><ol><li>乙</li></ol>' +
      '<table><thead><tr><th colspan="2">项目</th></tr></thead><tbody><tr><td rowspan="1">奖补</td><td>50万</td></tr></tbody></table>' +
      '<a href="https://www.xiangtan.gov.cn/zc?id=1" title="原文">原文</a><img src="cloud://env-1/policy/a.png" alt="图">'
    expect(clean(html)).toBe(html)
  })

  it('drops unknown tags but keeps their text, and plain http links and image sources', () => {
    expect(clean('<div><span style="x">文字</span></div><a href="http://x.cn">h</a><img src="http://x.cn/a.png">')).toBe('文字<a>h</a><img>')
  })

  it('derives plain text for search and snippets', () => {
    const { text } = sanitizePolicyHtml('<h3>标题</h3><p>第一条&nbsp;内容 &amp; 说明</p><table><tr><td>甲</td><td>乙</td></tr></table>')
    expect(text).toBe('标题\n第一条 内容 & 说明\n甲 乙')
  })

  it('turns plain text (no markup) into escaped paragraphs', () => {
    expect(sanitizePolicyHtml('第一条 支持\n\n第二条 a<b')).toEqual({ html: '<p>第一条 支持</p><p>第二条 a&lt;b</p>', text: '第一条 支持\n第二条 a<b' })
  })
})
