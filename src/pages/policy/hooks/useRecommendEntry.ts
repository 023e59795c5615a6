import Taro from '@tarojs/taro'
import { useCallback } from 'react'
import type { Me } from '../../../../types'
import { ROUTES } from '../../../constants/routes'
import { openPage } from '../../../utils/nav'

/**
 * 为我推荐 needs an enterprise profile: a bound entrepreneur goes to the list; a guest is
 * asked to bind first; staff are told it is for enterprises. While `me` is unknown the
 * list page itself answers (it explains NOT_BOUND).
 */
export function useRecommendEntry(me: Me | null): () => void {
  return useCallback(() => {
    const role = me?.account.role
    if (!me || (role === 'entrepreneur' && me.enterprise)) {
      openPage(ROUTES.policyRecommend)
      return
    }
    if (role === 'guest' || role === 'entrepreneur') {
      void Taro.showModal({
        title: '为我推荐',
        content:
          me.membership?.status === 'pending'
            ? '您的企业认证正在审核中。通过后，将按企业档案为您推荐符合条件的政策，并逐条说明还差哪些条件。'
            : '认证为企业成员后，将按企业档案为您推荐符合条件的政策，并逐条说明还差哪些条件。',
        confirmText: me.membership?.status === 'pending' ? '查看进度' : '去认证',
        cancelText: '以后再说'
      }).then(({ confirm }) => {
        if (confirm) openPage(ROUTES.bind)
      })
      return
    }
    void Taro.showModal({ title: '为我推荐', content: '为我推荐面向企业用户。工作人员账号可直接搜索和浏览政策。', showCancel: false })
  }, [me])
}
