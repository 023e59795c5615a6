import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import AtButton from 'taro-ui/lib/components/button'
import { useState } from 'react'
import type { Me, PostContact, PostDetail } from '../../../../types'
import BindPrompt from '../../../components/BindPrompt'
import Card from '../../../components/Card'
import { canPost } from '../../../pages/circle/access'
import ContactRequestForm from './ContactRequestForm'

interface Props {
  post: PostDetail
  me: Me | null
  onChanged: (post: PostDetail) => void
}

function ContactCard({ contact, note }: { contact: PostContact; note: string }) {
  return (
    <View id='post-contact' className='cc-contact__revealed'>
      <View className='cc-contact__row'>
        <Text className='cc-contact__label'>联系人</Text>
        <Text className='cc-contact__value'>{contact.name}</Text>
      </View>
      <View className='cc-contact__row'>
        <Text className='cc-contact__label'>电话</Text>
        <Text className='cc-contact__value cc-contact__phone' onClick={() => void Taro.makePhoneCall({ phoneNumber: contact.phone }).catch(() => undefined)}>
          {contact.phone}
        </Text>
      </View>
      <Text className='cc-contact__note'>{note}</Text>
    </View>
  )
}

/** where the caller stands on this post's contact, when it is not shown */
const STATE_TEXT = {
  requested: '已申请，等待对方同意',
  declined: '对方未同意您的申请'
} as const

/**
 * The contact: shown to the poster, managers and requesters the poster accepted;
 * otherwise the request's state, or the way to ask (#contact-request).
 */
export default function ContactSection({ post, me, onChanged }: Props) {
  const [asking, setAsking] = useState(false)
  const { contact, contactState } = post
  let body
  if (contact) {
    const note =
      contactState === 'own'
        ? '仅您的企业、园区管理员和经您同意的申请企业可见。'
        : contactState === 'accepted'
          ? '对方已同意您的申请，请礼貌联系，勿用于推销骚扰。'
          : '管理员可见，用于核实信息。'
    body = <ContactCard contact={contact} note={note} />
  } else if (contactState === 'requested' || contactState === 'declined') {
    body = (
      <Text id='contact-state' className={`cc-contact__state cc-contact__state--${contactState}`}>
        {STATE_TEXT[contactState]}
      </Text>
    )
  } else if (me && !canPost(me)) {
    const staff = me.account.role !== 'guest' && me.account.role !== 'entrepreneur'
    body = staff ? (
      <Text className='cc-contact__note'>联系方式经发布企业同意后，仅对申请的企业可见。</Text>
    ) : (
      <BindPrompt title='认证为企业成员后可申请查看联系方式' text='联系方式需经发布企业同意才能查看，申请以您的企业名义发出。' pending={me.membership?.status === 'pending'} />
    )
  } else if (post.status !== 'published') {
    body = <Text className='cc-contact__note'>该信息当前未公开展示，暂不能申请联系方式。</Text>
  } else if (asking) {
    const sent = (next: PostDetail) => {
      setAsking(false)
      onChanged(next)
    }
    body = <ContactRequestForm postId={post._id} onSent={sent} onCancel={() => setAsking(false)} />
  } else {
    body = (
      <View className='cc-contact__ask'>
        <Text className='cc-contact__note'>联系方式需经发布企业同意后可见。</Text>
        <AtButton type='primary' onClick={() => setAsking(true)}>
          申请查看联系方式
        </AtButton>
      </View>
    )
  }
  return (
    <Card title='联系方式' className='cc-contact'>
      <View id='contact-request' className='cc-contact__body'>
        {body}
      </View>
    </Card>
  )
}
