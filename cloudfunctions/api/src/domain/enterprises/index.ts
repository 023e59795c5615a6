/** 一企一档: the enterprise profile that drives matching, and its edit history. */
export { loadProfile, ownEnterpriseId, ownProfile, toProfile } from './profile'
export { updateProfile } from './update'
export { profileHistory } from './history'
export { canonicalTags, diffProfiles, type ProfileFacts } from './changes'
export type { ProfileChangeDoc } from './docs'
