/**
 * The verdict: probe results in, verdict + evidence + recommended settings out. Pure: no I/O, no
 * clock. The facts are computed once (compute-facts.ts); each verdict's rule reads them
 * (verdicts/), in precedence order; the findings said with every verdict follow (findings.ts).
 */
import type { Action, DiagnosisReport, Evidence } from '../../shared/diagnosis.js';
import { action } from '../../shared/evidence.js';
import { computeFacts } from './compute-facts.js';
import type { DiagnoseInput, Facts } from './facts.js';
import { findingsForEveryVerdict } from './findings.js';
import { VERDICTS, verdictDefinition } from './verdicts/index.js';
import type { Finding, VerdictDefinition } from './verdicts/verdict.js';

export type { DiagnoseInput } from './facts.js';

/**
 * The first verdict whose rule holds, in precedence order; no rule holding means nothing answered
 * usefully: server_unreachable, with low confidence.
 */
function decide(facts: Facts): { verdict: VerdictDefinition; finding: Finding } {
  for (const verdict of VERDICTS) {
    const finding = verdict.when(facts);
    if (finding) return { verdict, finding };
  }
  return {
    verdict: verdictDefinition('server_unreachable'),
    finding: { confidence: 'low', evidence: [], recommended: facts.published },
  };
}

/**
 * The rule's own evidence first, then the findings said with every verdict, each id once. An item
 * that is also one of those findings (the port-25 finding of port25_blocked) keeps its place there.
 */
function mergeEvidence(own: Evidence[], findings: Evidence[]): Evidence[] {
  const kept = new Set(findings.map((e) => e.id));
  return [...own.filter((e) => !kept.has(e.id)), ...findings];
}

/**
 * The verdict's next steps. A server the network suggested comes first with "check it against your
 * provider's guide"; an OAuth-only provider adds "sign in from the mail program".
 */
function actionsFor(facts: Facts, verdict: VerdictDefinition, finding: Finding): Action[] {
  const suggested = finding.recommended?.needsConfirmation ? finding.recommended : null;
  const actions = [
    ...(suggested ? [action('confirm_suggested', { host: suggested.host })] : []),
    ...(finding.actions ?? verdict.actions),
  ];
  const provider = facts.input.provider;
  if (provider?.oauthOnly && finding.recommended)
    actions.push(action('oauth_sign_in', { provider: provider.name }));
  return actions;
}

/** Decides the verdict from probe results (docs/diagnosis.md, "Verdicts": first wins). Idempotent. */
export function diagnose(input: DiagnoseInput): DiagnosisReport {
  const facts = computeFacts(input);
  const { verdict, finding } = decide(facts);
  const findings = findingsForEveryVerdict(facts, verdict, finding.recommended);
  return {
    verdict: {
      code: verdict.code,
      confidence: finding.confidence,
      actions: actionsFor(facts, verdict, finding),
    },
    recommended: finding.recommended,
    evidence: mergeEvidence(finding.evidence, findings),
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
      ...(input.mailProgram ? { mailProgram: input.mailProgram } : {}),
    },
    candidates: input.candidates,
    blockedAt: verdict.blockedAt,
  };
}
