/**
 * Every channel's handler, from the four handler files: the diagnosis, the accounts, the reports
 * and the support staff's tools. The type makes a channel of the table without a handler a compile
 * error. No electron import here, so the e2e bridge's main side (e2e/main-side.ts) serves exactly
 * what the app registers.
 */
import { createAccountHandlers, type AccountDeps } from './account-handlers.js';
import type { ChannelHandlers } from './handle.js';
import type { HandlerDeps } from './handler-deps.js';
import { createHandlers } from './handlers.js';
import { createReportHandlers, type ReportDeps } from './report-handlers.js';
import { createStaffHandlers } from './staff-handlers.js';

/** What the account and report channels use besides HandlerDeps: mail programs, the check, dialogs, files. */
export interface FixDeps {
  accounts: AccountDeps;
  reports: ReportDeps;
}

/** Every channel's handler over these dependencies: the table's channels, each served once. */
export function createAllHandlers(deps: HandlerDeps, fix: FixDeps): ChannelHandlers {
  return {
    ...createHandlers(deps),
    ...createAccountHandlers(deps, fix.accounts),
    ...createReportHandlers(fix.reports),
    ...createStaffHandlers(() => deps.appInfo().version),
  };
}
