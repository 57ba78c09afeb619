/**
 * The shape of one verdict (docs/diagnosis.md, "Verdicts"): everything about it in one file under
 * verdicts/, its unit tests beside it, its words in shared/i18n/ja/verdicts.ts and
 * shared/i18n/en/verdicts.ts. The engine builds the report's blockedAt and next steps from these
 * definitions; their order in verdicts/index.ts is the precedence.
 */
import type {
  Action,
  BlockedAt,
  Evidence,
  RecommendedSettings,
} from '../../../shared/diagnosis.js';
import type { Confidence, VerdictCode } from '../../../shared/verdict.js';
import type { Facts } from '../facts.js';

/** What a rule found when its verdict holds. */
export interface Finding {
  confidence: Confidence;
  /** The evidence that decided it, said first; the findings kept with every verdict follow (findings.ts). */
  evidence: Evidence[];
  recommended: RecommendedSettings | null;
  /** Overrides the verdict's usual next steps. */
  actions?: Action[];
}

/** One verdict, whole. */
export interface VerdictDefinition {
  code: VerdictCode;
  /** Where the mail stops on its way: the result screen's picture and the reference code. */
  blockedAt: BlockedAt;
  /** The usual next steps, in order, unless the finding gives its own. */
  actions: readonly Action[];
  /**
   * Nothing gets out at all (no network, no names, a sign-in page, every mail port shut): the
   * port-25 finding is left out, because it would blame the wrong party.
   */
  nothingGetsOut?: true;
  /** The lab scenarios (test/lab/scenarios.ts) whose diagnosis is this verdict; each declares it too. */
  labScenarios: readonly string[];
  /** When the facts show this verdict: what it found; null when it does not hold. */
  when(facts: Facts): Finding | null;
}
