/** The verdict: probe results in, verdict + evidence + recommended settings out. Pure: no I/O, no clock. */
import type { Action, DiagnosisReport, Evidence } from '../../shared/diagnosis.js';
import { action } from '../../shared/evidence.js';
import { BLOCKED_AT } from '../../shared/diagnosis.js';
import type { VerdictCode } from '../../shared/verdict.js';
import { computeFacts, type DiagnoseInput, type Facts } from './facts.js';
import { DEFAULT_ACTIONS } from './rules/actions.js';
import { contextEvidence } from './rules/context.js';
import { RULES } from './rules/index.js';
import type { Finding } from './rules/rule.js';

export type { DiagnoseInput } from './facts.js';

/** The first rule that holds, in precedence order; no rule holding means nothing answered usefully. */
function decide(facts: Facts): { code: VerdictCode; finding: Finding } {
  for (const rule of RULES) {
    const finding = rule.when(facts);
    if (finding) return { code: rule.code, finding };
  }
  return {
    code: 'server_unreachable',
    finding: { confidence: 'low', evidence: [], recommended: facts.published },
  };
}

/** The rule's own evidence first, then every other finding, each id once. */
function mergeEvidence(own: Evidence[], context: Evidence[]): Evidence[] {
  const seen = new Set(own.map((e) => e.id));
  return [...own, ...context.filter((e) => !seen.has(e.id))];
}

/**
 * The verdict's next steps. A server the network suggested comes first with "check it against your
 * provider's guide"; an OAuth-only provider adds "sign in from the mail program".
 */
function actionsFor(facts: Facts, code: VerdictCode, finding: Finding): Action[] {
  const suggested = finding.recommended?.needsConfirmation ? finding.recommended : null;
  const actions = [
    ...(suggested ? [action('confirm_suggested', { host: suggested.host })] : []),
    ...(finding.actions ?? DEFAULT_ACTIONS[code]),
  ];
  const provider = facts.input.provider;
  if (provider?.oauthOnly && finding.recommended)
    actions.push(action('oauth_sign_in', { provider: provider.name }));
  return actions;
}

/** Decides the verdict from probe results (diagnosis.md: precedence, first wins). Idempotent. */
export function diagnose(input: DiagnoseInput): DiagnosisReport {
  const facts = computeFacts(input);
  const { code, finding } = decide(facts);
  return {
    verdict: { code, confidence: finding.confidence, actions: actionsFor(facts, code, finding) },
    recommended: finding.recommended,
    evidence: mergeEvidence(finding.evidence, contextEvidence(facts, code, finding.recommended)),
    probes: input.probes.map((p) => ({ ...p })),
    elapsedMs: Math.round(input.elapsedMs),
    email: {
      display: input.email.display,
      ascii: input.email.ascii,
      domain: input.email.domain,
      domainAscii: input.email.domainAscii,
    },
    provider: input.provider,
    request: {
      server: input.userServer ?? null,
      port: input.userPort ?? null,
      ...(input.acceptSuggested?.length ? { acceptSuggested: input.acceptSuggested } : {}),
    },
    candidates: input.candidates,
    blockedAt: BLOCKED_AT[code],
  };
}
