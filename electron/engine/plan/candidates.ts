/**
 * Which outgoing-server candidates get probed: each host:port once, in discovery order, and once
 * one answers as a submission server, every later candidate is cut short (the recommendation
 * takes the first that answered, so later ones cannot change it).
 */
import type { SubmissionCandidate } from '../discover.js';

/** Rank of each discovery source: a lower rank is tried and recommended first. */
export const SOURCE_RANK = {
  user: 0,
  provider_db: 1,
  srv: 2,
  autoconfig: 3,
  guess: 4,
  certificate: 5,
} as const;

/** A candidate's place: [source rank, index of its host among that source's hosts]. */
export type CandidateOrder = readonly [number, number];

/** True when `a` comes after `b` in discovery order. */
export function isAfter(a: CandidateOrder, b: CandidateOrder): boolean {
  return a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]);
}

/** The order of `c` within the list it came in (ports of one host share a place). */
export function orderOf(list: SubmissionCandidate[], c: SubmissionCandidate): CandidateOrder {
  const hosts = [...new Set(list.filter((x) => x.source === c.source).map((x) => x.host))];
  return [SOURCE_RANK[c.source], hosts.indexOf(c.host)];
}

/** One candidate that was launched, and the switch that cuts it short. */
export interface LaunchedCandidate {
  candidate: SubmissionCandidate;
  order: CandidateOrder;
  skip: AbortController;
}

/** The launched candidates and the cutoff (the earliest candidate that answered). */
export class CandidateBoard {
  readonly launched = new Map<string, LaunchedCandidate>();
  private best: CandidateOrder | null = null;

  constructor(private readonly maxCandidates: number) {}

  /** The earliest candidate that answered as a submission server, or null. */
  get cutoff(): CandidateOrder | null {
    return this.best;
  }

  /** Marks the new candidates of `list` (not launched yet, not after the cutoff) as launched and returns them. */
  admit(list: SubmissionCandidate[]): LaunchedCandidate[] {
    const admitted: LaunchedCandidate[] = [];
    for (const candidate of list.slice(0, this.maxCandidates)) {
      const key = `${candidate.host}:${candidate.port}`;
      const order = orderOf(list, candidate);
      if (this.launched.has(key) || (this.best && isAfter(order, this.best))) continue;
      const launched = { candidate, order, skip: new AbortController() };
      this.launched.set(key, launched);
      admitted.push(launched);
    }
    return admitted;
  }

  /** A candidate answered: it becomes the cutoff when it is the earliest so far, and later ones are cut short. */
  answered(order: CandidateOrder): void {
    if (this.best && !isAfter(this.best, order)) return;
    this.best = order;
    for (const l of this.launched.values()) if (isAfter(l.order, order)) l.skip.abort();
  }
}
