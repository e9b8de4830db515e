// Prints `tests: N passed, N failed` from vitest's JSON report. A test file that failed to load
// (no test ran in it) counts as one failure; a missing report (typecheck or lint failed before
// vitest ran) counts as one failure when the test command failed.
import { existsSync, readFileSync } from 'node:fs';

const [file, status] = process.argv.slice(2);
if (!file || !existsSync(file)) {
  console.log(`tests: 0 passed, ${status === '0' ? 0 : 1} failed`);
} else {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const brokenFiles = (report.testResults ?? []).filter((r) => r.status === 'failed' && !(r.assertionResults ?? []).length).length;
  console.log(`tests: ${report.numPassedTests} passed, ${report.numFailedTests + brokenFiles} failed`);
}
