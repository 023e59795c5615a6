/** 管家团队: directory, 我的管家, card editing, bulk assignment with history, change requests. */
export { assignStewards } from './assign'
export { updateCard } from './card'
export { getSteward, listStewards } from './directory'
export { STEWARD_COLLECTIONS } from './docs'
export { assignableEnterprises } from './enterprises'
export { listAssignments } from './history'
export { mySteward, requestStewardChange } from './mine'
export { phoneFor, viewerOf, type Viewer } from './phone'
