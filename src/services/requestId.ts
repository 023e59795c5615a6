/** Client request ids: unique enough per user to make a repeated write apply once. */
export function newRequestId(): string {
  const rand = Math.random().toString(36).slice(2, 10)
  return `${Date.now().toString(36)}-${rand}${Math.random().toString(36).slice(2, 8)}`
}
