import MineView from '../components/MineView'
import PostGate from '../components/PostGate'
import '../circle.scss'

/** The contact requests on the enterprise's posts (where the "有企业想联系您" notification leads). */
export default function CircleRequestsPage() {
  return (
    <PostGate doing='处理联系申请' className='cc-mine'>
      {() => <MineView initial='requests' />}
    </PostGate>
  )
}
