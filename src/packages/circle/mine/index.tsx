import MineView from '../components/MineView'
import PostGate from '../components/PostGate'
import '../circle.scss'

/** 我的发布, with the received contact requests one tab away. */
export default function CircleMinePage() {
  return (
    <PostGate doing='管理供需信息' className='cc-mine'>
      {() => <MineView initial='posts' />}
    </PostGate>
  )
}
