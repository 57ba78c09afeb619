/**
 * Every verdict, in precedence order (docs/diagnosis.md, "Verdicts"): when several things are
 * wrong, the first whose rule holds is the verdict, the one to fix first. A new verdict is one file
 * beside these (see docs/diagnosis.md, "Adding a verdict") and one line here, in its place.
 */
import type { VerdictCode } from '../../../shared/verdict.js';
import { authFailed } from './auth-failed.js';
import { captivePortal } from './captive-portal.js';
import { dnsUnavailable } from './dns-unavailable.js';
import { domainNotFound } from './domain-not-found.js';
import { internetUnreachable } from './internet-unreachable.js';
import { offline } from './offline.js';
import { ok } from './ok.js';
import { pcClock } from './pc-clock.js';
import { port25Blocked } from './port25-blocked.js';
import { port25Intercepted } from './port25-intercepted.js';
import { securitySoftware } from './security-software.js';
import { serverUnreachable } from './server-unreachable.js';
import { smtpBlocked } from './smtp-blocked.js';
import { submissionBlocked } from './submission-blocked.js';
import { tlsProblem } from './tls-problem.js';
import type { VerdictDefinition } from './verdict.js';

/** Every verdict, first wins. */
export const VERDICTS: readonly VerdictDefinition[] = [
  offline,
  dnsUnavailable,
  captivePortal,
  internetUnreachable,
  pcClock,
  domainNotFound,
  securitySoftware,
  smtpBlocked,
  serverUnreachable,
  tlsProblem,
  authFailed,
  submissionBlocked,
  port25Intercepted,
  port25Blocked,
  ok,
];

/** One verdict's definition. */
export function verdictDefinition(code: VerdictCode): VerdictDefinition {
  const found = VERDICTS.find((v) => v.code === code);
  // Every code has a definition: verdicts/index.test.ts holds VERDICTS to VERDICT_CODES.
  if (!found) throw new Error(`no definition for verdict ${code}`);
  return found;
}
