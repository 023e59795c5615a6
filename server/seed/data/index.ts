import { NEWS as BASE_NEWS } from './news'
import { MORE_NEWS } from './newsMore'
import { NOTICES as BASE_NOTICES } from './notices'
import { MORE_NOTICES } from './noticesMore'

export { PARKS } from './parks'
export { ENTERPRISES } from './enterprises'
export { PERSONAS, STEWARD_ASSIGNMENTS, type PersonaSeed } from './personas'
/** every news item with a fixed date (buildScheduledNews adds one relative to the seeding moment) */
export const NEWS = [...BASE_NEWS, ...MORE_NEWS]
export const NOTICES = [...BASE_NOTICES, ...MORE_NOTICES]
export { MORE_NEWS, buildScheduledNews } from './newsMore'
export { MORE_NOTICES } from './noticesMore'
export { MORE_STEWARDS, STEWARD_CARDS } from './stewardCards'
export { MEMBERS } from './members'
export { buildPosts, POST_SEEDS } from './posts'
export { buildLectures, LECTURE_SEEDS, DEMO_MEDIA } from './lectures'
export { seedCommunity } from './community'
export { buildPolicies, POLICY_SEEDS, E2E_POLICY_ID, E2E_SERVICE_ID, E2E_ENTERPRISE_ID, E2E_MISSING_TAG } from './policies'
export { buildServices, SERVICE_SEEDS } from './services'
export { buildAppointments } from './slots'
