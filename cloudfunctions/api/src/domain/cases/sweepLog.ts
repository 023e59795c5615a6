/** One line per case the sweep had to skip; the platform's log collects it (stderr). */
export function logSkipped(job: string, caseId: string, error: unknown): void {
  const err = error as Error
  console.error(JSON.stringify({ level: 'error', message: `sweep: ${job} skipped a case`, caseId, error: err?.message, stack: err?.stack }))
}
