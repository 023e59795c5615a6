/** Run by workCalendar.test.ts in a child process with another TZ: prints every deadline. */
import { createWorkCalendar } from '../../../cloudfunctions/api/src/domain/calendar'
import { DEADLINE_CASES } from './cases'

const calendar = createWorkCalendar(new Map())
const out = DEADLINE_CASES.map((c) => calendar.addWorkingDays(new Date(c.from), c.days))
process.stdout.write(JSON.stringify(out))
