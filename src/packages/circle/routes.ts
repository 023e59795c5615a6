import { CIRCLE_ROUTES } from '../../../types'

/** the compose page: without an id a new post, with one the edit of that post */
export const postEditUrl = (id?: string): string => (id ? `${CIRCLE_ROUTES.edit}?id=${encodeURIComponent(id)}` : CIRCLE_ROUTES.edit)
