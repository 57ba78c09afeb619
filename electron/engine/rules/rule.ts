/** The shape of a verdict rule: when the facts show its verdict, what it found. */
import type { Action, Evidence, RecommendedSettings } from '../../../shared/diagnosis.js';
import type { Confidence, VerdictCode } from '../../../shared/verdict.js';
import type { Facts } from '../facts.js';

/** What a rule found when its verdict holds. */
export interface Finding {
  confidence: Confidence;
  /** The evidence that decided it; the context findings are added by diagnose(). */
  evidence: Evidence[];
  recommended: RecommendedSettings | null;
  /** Overrides the verdict's usual next steps. */
  actions?: Action[];
}

/** One row of the verdict table: its code and when it holds. */
export interface Rule {
  code: VerdictCode;
  when(facts: Facts): Finding | null;
}

/**
 * How a set of connects was stopped, as the catalogue words it. Silent drops next to one other way
 * count as that way: routers rate-limit the ICMP and resets they send, so a burst of connects gets
 * some answered and the rest dropped.
 */
export function howBlocked(
  outcomes: readonly string[],
  /** Different ports (different firewall rules): only one way shared by all counts. */
  strict = false,
): 'filtered' | 'refused' | 'prohibited' | 'mixed' {
  if (strict) {
    const all = new Set(outcomes);
    const only = [...all][0];
    return all.size === 1 && (only === 'filtered' || only === 'refused' || only === 'prohibited')
      ? only
      : 'mixed';
  }
  const kinds = new Set(outcomes.filter((o) => o === 'refused' || o === 'prohibited'));
  if (kinds.size === 0) return outcomes.includes('filtered') ? 'filtered' : 'mixed';
  if (kinds.size > 1) return 'mixed';
  return [...kinds][0] as 'refused' | 'prohibited';
}
