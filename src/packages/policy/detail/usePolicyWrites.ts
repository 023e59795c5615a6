import Taro from '@tarojs/taro'
import { useCallback } from 'react'
import type { PolicyCategory, PolicyDetail } from '../../../../types'
import { useSubmission } from '../../../hooks/useSubmission'

export interface PolicyWrites {
  toggleFavourite: () => Promise<void>
  favouriteBusy: boolean
  follow: (category: PolicyCategory, on: boolean) => Promise<void>
  followBusy: boolean
}

const fail = (message: string) => void Taro.showToast({ title: message, icon: 'none', duration: 2500 })

/** 收藏 and 关注 on the detail page: each write updates the shown policy with the server's answer. */
export function usePolicyWrites(policy: PolicyDetail | null, setPolicy: (p: PolicyDetail) => void): PolicyWrites {
  const fav = useSubmission('policy.favourite')
  const fol = useSubmission('policy.follow')
  const { submit: sendFavourite } = fav
  const { submit: sendFollow } = fol

  const toggleFavourite = useCallback(async () => {
    if (!policy) return
    const r = await sendFavourite({ id: policy._id, on: !policy.favourite })
    if (r.ok) {
      setPolicy({ ...policy, favourite: r.data.favourite })
      void Taro.showToast({ title: r.data.favourite ? '已收藏' : '已取消收藏', icon: 'none', duration: 1200 })
    } else if (r.error) {
      fail(r.error.message)
    }
  }, [policy, sendFavourite, setPolicy])

  const follow = useCallback(
    async (category: PolicyCategory, on: boolean) => {
      if (!policy) return
      const r = await sendFollow({ category, on })
      if (r.ok) {
        // the answer lists every category the caller follows; this page shows only the policy's own
        setPolicy({ ...policy, followedCategories: policy.categories.filter((c) => r.data.categories.includes(c)) })
        void Taro.showToast({ title: on ? `已关注“${category}”，有新政策会通知您` : `已取消关注“${category}”`, icon: 'none', duration: 1800 })
      } else if (r.error) {
        fail(r.error.message)
      }
    },
    [policy, sendFollow, setPolicy]
  )

  return { toggleFavourite, favouriteBusy: fav.submitting, follow, followBusy: fol.submitting }
}
