/**
 * From what the engine found (ids with typed parameters) to catalogue keys with their values.
 * One place for the CLI, the menu and the wizard, so all three say a finding the same way.
 */
import type { Action, Evidence, EvidenceId } from '../evidence.js';
import type { ReportFileError } from '../report-file-format.js';
import type { Translate } from './translate.js';

export type { Translate } from './translate.js';
import type { VerdictCode } from '../verdict.js';

/** A catalogue key and the values i18next fills into it. */
export interface Message {
  key: string;
  values: Record<string, unknown>;
}

/** The parameter whose value picks the sentence variant (an i18next context) for an id. */
const CONTEXT_PARAM: Partial<Record<EvidenceId, string>> = {
  domain_missing: 'reason',
  mail_ports_blocked: 'how',
  port25_blocked: 'how',
  port587_blocked: 'how',
  submission_open: 'security',
  certificate_invalid: 'problem',
  port25_intercepted: 'reason',
  family_only: 'family',
  port25_local_proxy: 'how',
  host_suggested: 'reason',
  dns_target_refused: 'reason',
  login_withheld: 'reason',
  clock_wrong: 'direction',
};

/** Lists whose length picks the plural form (English "name" / "names"). */
const COUNT_PARAM: Partial<Record<EvidenceId, string>> = {
  server_name_not_found: 'hosts',
  local_refused: 'ports',
};

/** The key and values that say one evidence item. */
export function evidenceMessage(e: Evidence): Message {
  const params = e.params as Record<string, unknown>;
  // Lists are said with Intl.ListFormat, which takes strings only (ports are numbers).
  const values: Record<string, unknown> = Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v.map(String) : v]),
  );
  const contextParam = CONTEXT_PARAM[e.id];
  if (contextParam !== undefined) values.context = String(params[contextParam]);
  const countParam = COUNT_PARAM[e.id];
  if (countParam !== undefined) values.count = (params[countParam] as unknown[]).length;
  if (e.id === 'submission_silent' && e.params.hosts.length === 0) values.context = 'none';
  if (e.id === 'certificate_invalid') values.validTo = new Date(e.params.validTo);
  if (e.id === 'clock_wrong') {
    values.validFrom = new Date(e.params.validFrom);
    values.validTo = new Date(e.params.validTo);
  }
  if (e.id === 'clock_web_time') {
    values.webTime = new Date(e.params.webTime);
    values.pcTime = new Date(e.params.pcTime);
  }
  return { key: `evidence.${e.id}`, values };
}

/** The key and values of one action. */
export function actionMessage(a: Action): Message {
  return { key: `action.${a.id}`, values: { ...a.params } };
}

/** What a verdict's words depend on: its code, the address's domain, and whether the settings are a suggestion. */
export interface VerdictSubject {
  verdict: { code: VerdictCode };
  email: { domain: string };
  recommended: { needsConfirmation?: unknown } | null;
}

/**
 * The keys of a verdict's title and explanation, with the values they may use. Settings the
 * network only suggested change the explanation (context "suggested") where it would otherwise say
 * that the settings below work.
 */
export function verdictMessages(r: VerdictSubject): { title: Message; explanation: Message } {
  const { code } = r.verdict;
  const domain = r.email.domain;
  const suggested = r.recommended?.needsConfirmation !== undefined;
  return {
    title: { key: `verdict.${code}.title`, values: { domain } },
    explanation: {
      key: `verdict.${code}.explanation`,
      values: { domain, ...(suggested ? { context: 'suggested' } : {}) },
    },
  };
}

/** Why a report file could not be opened, naming the field of an invalid one. */
export function reportFileErrorMessage(failure: {
  error: ReportFileError;
  path?: string;
}): Message {
  return {
    key: `code.fileError.${failure.error}`,
    values: failure.error === 'invalid' ? { path: failure.path ?? '?' } : {},
  };
}

/** Says one message with a translate function. */
export function say(t: Translate, m: Message): string {
  return t(m.key, m.values);
}
