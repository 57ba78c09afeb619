/** Which probes to run for an address, all in parallel, with deadlines learned from the controls. */
import type { EngineConfig } from './config.js';
import type { PlanInput } from './plan/context.js';
import { realProbes, type PlanProbes } from './plan/probe-set.js';
import { ProbeScheduler, type PlanOutcome } from './plan/scheduler.js';
import type { ProbeRecorder } from './recorder.js';

export type { PlanInput } from './plan/context.js';
export { hasGlobalIpv6 } from './plan/probe-set.js';
export type { PlanOutcome } from './plan/scheduler.js';

/**
 * Runs every probe for one diagnosis and waits for all of them (each has its own deadline).
 * `probes` replaces the real network probes (tests); by default they are recorded in `rec`.
 */
export function runProbes(
  input: PlanInput,
  cfg: EngineConfig,
  rec: ProbeRecorder,
  signal: AbortSignal,
  probes: PlanProbes = realProbes(rec, cfg, signal),
): Promise<PlanOutcome> {
  return new ProbeScheduler(input, cfg, probes, signal).run();
}
