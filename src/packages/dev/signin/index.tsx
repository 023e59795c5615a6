import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import AtButton from 'taro-ui/lib/components/button'
import { useCallback, useMemo, useState } from 'react'
import { ROLE_LABELS, type Role } from '../../../../types'
import { devSignIn, isDevTransport, listPersonas, signOut, type Persona } from '../../../services'
import Card from '../../../components/Card'
import EmptyState from '../../../components/EmptyState'
import ErrorState from '../../../components/ErrorState'
import LoadingState from '../../../components/LoadingState'
import { ROUTES } from '../../../constants/routes'
import { useRemote } from '../../../hooks/useRemote'
import { toUiError } from '../../../utils/errors'
import './index.scss'

const ROLE_ORDER: Role[] = ['entrepreneur', 'steward', 'manager', 'admin', 'guest']

/**
 * Development sign-in (local host only): pick a seeded persona to act as. In WeChat
 * cloud the identity is the WeChat account and this page is not offered.
 */
export default function DevSignInPage() {
  const dev = isDevTransport()
  const load = useCallback(() => listPersonas(), [])
  const personas = useRemote(load, dev)
  const [signingIn, setSigningIn] = useState<string | null>(null)

  const groups = useMemo(() => {
    const byRole = new Map<Role, Persona[]>()
    for (const p of personas.data ?? []) byRole.set(p.role, [...(byRole.get(p.role) ?? []), p])
    const order = [...ROLE_ORDER, ...[...byRole.keys()].filter((r) => !ROLE_ORDER.includes(r))]
    return order.filter((r) => byRole.has(r)).map((r) => ({ role: r, label: byRole.get(r)![0].roleLabel || ROLE_LABELS[r], personas: byRole.get(r)! }))
  }, [personas.data])

  const choose = async (p: Persona) => {
    if (signingIn) return
    setSigningIn(p.id)
    try {
      await devSignIn(p.id)
      void Taro.reLaunch({ url: ROUTES.home })
    } catch (e) {
      void Taro.showModal({ title: '登录失败', content: toUiError(e).message, showCancel: false })
    } finally {
      setSigningIn(null)
    }
  }

  const leave = () => {
    signOut()
    void Taro.showToast({ title: '已退出当前身份', icon: 'none' })
  }

  return (
    <View className='page dev-signin'>
      <View className='dev-signin__banner' role='note'>
        <Text className='dev-signin__banner-title'>仅供开发环境使用</Text>
        <Text className='dev-signin__banner-text'>
          此页面用于在本地开发主机上以预置身份登录、测试各角色的功能。正式环境以微信身份自动识别，不提供此页面。
        </Text>
      </View>
      {!dev && <EmptyState text='当前连接的是微信云开发环境，开发登录不可用。' />}
      {dev && !personas.data && (personas.error ? <ErrorState error={personas.error} onRetry={() => void personas.reload()} /> : <LoadingState />)}
      {dev && personas.data?.length === 0 && <EmptyState text='开发主机没有预置身份' />}
      {groups.map((g) => (
        <Card key={g.role} title={g.label}>
          {g.personas.map((p) => (
            <View key={p.id} id={`persona-${p.id}`} className='persona' onClick={() => void choose(p)}>
              <View className='persona__text'>
                <Text className='persona__name'>{p.name}</Text>
                <Text className='persona__desc'>{p.description}</Text>
              </View>
              <Text className='persona__go'>{signingIn === p.id ? '登录中…' : '以此身份登录'}</Text>
            </View>
          ))}
        </Card>
      ))}
      {dev && (
        <View className='page-actions'>
          <AtButton type='secondary' onClick={leave}>
            退出当前身份
          </AtButton>
        </View>
      )}
    </View>
  )
}
