import type { CaseDetail } from '../../../../../types'

/** the staff writes that carry one text besides the case reference */
export type TextWrite = 'case.requestInfo' | 'case.resolve' | 'case.press' | 'case.reviewRectify' | 'case.reviewReject' | 'case.revisit'

export interface TextActionSpec {
  action: TextWrite
  /** the payload field the text goes in */
  field: string
  /** ids of the textarea and of the send button's wrapper (tests and e2e) */
  inputId: string
  submitId: string
  label: string
  placeholder: string
  /** said above the text */
  hint?: (detail: CaseDetail) => string | null
  /** the text goes onto the public board of rectified 差评 */
  published?: boolean
  /** asks before sending when the step cannot be undone */
  confirm?: { title: string; content: string }
  /** the toast after success */
  done: string
  submitLabel: string
  busyLabel: string
}

export const TEXT_ACTIONS = {
  /** 请企业补充材料: the case waits for the enterprise's answer */
  requestInfo: {
    action: 'case.requestInfo',
    field: 'text',
    inputId: 'request-info-text',
    submitId: 'staff-request-info-submit',
    label: '需补充的内容',
    placeholder: '例如：请补充营业执照副本和项目备案文件',
    hint: () => '企业会收到通知，补充后办件继续办理。',
    done: '已通知企业',
    submitLabel: '请企业补充',
    busyLabel: '正在发送…'
  },
  /** 办结: the enterprise is then asked to rate */
  resolve: {
    action: 'case.resolve',
    field: 'summary',
    inputId: 'resolve-summary',
    submitId: 'staff-resolve-submit',
    label: '办结说明',
    placeholder: '办理了什么、结果如何、后续注意事项',
    hint: () => '请写明办理结果和依据，企业会看到办结说明并评价。',
    confirm: { title: '办结', content: '办结后企业将收到评价邀请，确定办结吗？' },
    done: '已办结',
    submitLabel: '办结',
    busyLabel: '正在办结…'
  },
  /** 督办: a manager presses the handler; the note goes on the record */
  press: {
    action: 'case.press',
    field: 'note',
    inputId: 'press-note',
    submitId: 'staff-press-submit',
    label: '督办意见',
    placeholder: '例如：请于明天下班前答复企业并报告进展',
    hint: (d) => `督办意见会通知承办人并记入办理记录${d.pressCount > 0 ? `（此前已督办 ${d.pressCount} 次）` : ''}。`,
    done: '已督办',
    submitLabel: '督办',
    busyLabel: '正在督办…'
  },
  /** 责令整改: the 差评 is verified; the finding starts 整改 and is published anonymised */
  reviewRectify: {
    action: 'case.reviewRectify',
    field: 'note',
    inputId: 'review-rectify-note',
    submitId: 'staff-review-rectify-submit',
    label: '问题认定（将匿名公示）',
    placeholder: '例如：企业咨询后3个工作日未获答复，答复内容与问题不符',
    published: true,
    confirm: { title: '责令整改', content: '问题认定将匿名公示，承办人须在整改时限内整改并回访。确定吗？' },
    done: '已责令整改',
    submitLabel: '责令整改',
    busyLabel: '正在提交…'
  },
  /** 不予整改: the 差评 is found unfounded; the written reason is shown to the enterprise */
  reviewReject: {
    action: 'case.reviewReject',
    field: 'reason',
    inputId: 'review-reject-reason',
    submitId: 'staff-review-reject-submit',
    label: '不予整改的理由',
    placeholder: '核实了什么、为什么不属于办理问题',
    hint: () => '请写明核实情况和不予整改的依据，企业会看到这段理由。',
    confirm: { title: '不予整改', content: '理由将告知企业，办件随之归档。确定不予整改吗？' },
    done: '已复核',
    submitLabel: '不予整改',
    busyLabel: '正在提交…'
  },
  /** 整改回访: what was put right and what the enterprise said; it then rates again */
  revisit: {
    action: 'case.revisit',
    field: 'note',
    inputId: 'revisit-note',
    submitId: 'staff-revisit-submit',
    label: '整改及回访情况（将匿名公示）',
    placeholder: '整改做了什么，回访时企业的反馈',
    hint: (d) => (d.review?.note ? `问题认定：${d.review.note}` : null),
    published: true,
    confirm: { title: '整改回访', content: '回访情况将匿名公示，企业会收到重新评价的邀请。确定提交吗？' },
    done: '已记录回访',
    submitLabel: '提交回访',
    busyLabel: '正在提交…'
  }
} satisfies Record<string, TextActionSpec>
