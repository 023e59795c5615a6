/**
 * The local content-security word lists. Short on purpose: the cloud's msgSecCheck is the
 * real filter; these let development and tests exercise reject and review end to end.
 * Matching ignores case, width and spacing (see wordListChecker.ts).
 */

/** clearly unlawful offers: refused outright */
export const REJECT_WORDS = ['赌博', '博彩', '网赌', '六合彩', '代开发票', '洗钱', '套现', '刷单返利', '高利贷', '传销'] as const

/** contact bait and too-good-to-be-true promises: published only after a manager looks */
export const REVIEW_WORDS = ['加微信', '加我微信', '加v', '微信号', '扫码进群', '私聊', '稳赚', '高额回报', '保本保息', '内部渠道'] as const
