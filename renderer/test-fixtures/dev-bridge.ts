/**
 * DEVELOPMENT ONLY (npm run dev:renderer in a plain browser, where no preload runs): a fake bridge
 * that replays the fixture reports. The address's local part picks the verdict, e.g.
 * smtp_blocked@example.jp; any other address shows port25_blocked. Never part of a production build.
 */
import type { SendCheckApi } from '../../shared/ipc-contract.js';
import { isVerdictCode } from '../../shared/verdict.js';
import { createFakeApi } from './fake-api.js';
import { REPORTS, withLogin } from './reports.js';

/** The fake bridge for the dev server. */
export function devBridge(): SendCheckApi {
  return createFakeApi({
    stepMs: 120,
    report: (req) => {
      const local = req.email.slice(0, req.email.lastIndexOf('@'));
      return isVerdictCode(local) ? REPORTS[local] : REPORTS.port25_blocked;
    },
    loginReport: (password) =>
      withLogin(REPORTS.port25_blocked, password === 'correct horse' ? 'accepted' : 'rejected'),
  });
}
