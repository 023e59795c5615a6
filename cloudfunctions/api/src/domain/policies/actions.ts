/** What actions/policy.ts calls; kept apart from index.ts so other domains import only the light helpers. */
export { searchPolicies } from './search'
export { getPolicy } from './detail'
export { setFavourite, listFavourites, setFollow, following } from './favourites'
export { policyCalendar } from './deadlines'
export { manageList, savePolicy } from './manage'
export { publishPolicy, withdrawPolicy } from './lifecycle'
export { pushPreview, pushPolicy } from './push'
export { importPolicies } from './import'
