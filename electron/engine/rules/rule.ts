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

/** The outcome most probes of the list share, as the catalogue words a block. */
export function howBlocked(
  outcomes: readonly string[],
): 'filtered' | 'refused' | 'prohibited' | 'mixed' {
  const kinds = new Set(
    outcomes.filter((o) => o === 'filtered' || o === 'refused' || o === 'prohibited'),
  );
  if (kinds.size !== 1) return 'mixed';
  return [...kinds][0] as 'filtered' | 'refused' | 'prohibited';
}
