/**
 * Unit project setup (jest setupFilesAfterEnv): after each test file, every query shape
 * the domain issued through a test bed (openBed records them, see shapes.ts) must be
 * served by an index declared for the cloud; the file fails otherwise, naming the shape
 * and the line under cloudfunctions/ that issued it.
 */
import { INDEXES, SMALL_COLLECTIONS } from '../../../cloudfunctions/api/src/db/indexes'
import { recorded, uncoveredReport } from './shapes'

afterAll(() => {
  const report = uncoveredReport(INDEXES, recorded, SMALL_COLLECTIONS)
  recorded.length = 0
  if (report) throw new Error(report)
})
