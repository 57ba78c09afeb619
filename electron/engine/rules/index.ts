/** The verdict table: one rule per verdict, in the precedence order of diagnosis.md (first wins). */
import { domainNotFound } from './address.js';
import {
  captivePortal,
  dnsUnavailable,
  internetUnreachable,
  offline,
  smtpBlocked,
} from './network.js';
import { securitySoftware } from './pc.js';
import { ok, port25Blocked, port25Intercepted, submissionBlocked } from './port25.js';
import type { Rule } from './rule.js';
import { authFailed, serverUnreachable, tlsProblem } from './server.js';

/** Every verdict rule, in precedence order (a test holds this to VERDICT_PRECEDENCE). */
export const RULES: readonly Rule[] = [
  offline,
  dnsUnavailable,
  captivePortal,
  internetUnreachable,
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
