/**
 * TEST FIXTURES ONLY: turns a finished report back into the progress stream the engine would have
 * sent while producing it, so fake bridges can replay a realistic run.
 */
import type { DiagnosisReport, ProgressEvent } from '../../shared/diagnosis.js';
import type { ProbeResult } from '../../shared/probe.js';

const ORDER: Record<ProbeResult['role'], number> = {
  local_network: 0,
  dns_mx: 1,
  dns_srv: 1,
  autoconfig: 1,
  dns_host: 2,
  web_control: 3,
  submission: 3,
  own_mx: 3,
  reference_mx: 3,
  reference_submission: 3,
  login: 4,
};

/** The progress events, in time order, that lead to this report. */
export function progressEventsFor(report: DiagnosisReport): ProgressEvent[] {
  const events: ProgressEvent[] = [{ type: 'phase', phase: 'resolve', at: 0 }];
  // Each wave starts when the one before it has finished, as the engine's plan does.
  const waves = new Map<number, ProbeResult[]>();
  for (const p of report.probes) {
    const w = ORDER[p.role];
    waves.set(w, [...(waves.get(w) ?? []), p]);
  }
  let t = 1;
  const timed: ProgressEvent[] = [];
  for (const w of [...waves.keys()].sort((a, b) => a - b)) {
    const probes = waves.get(w) ?? [];
    if (w === 3) timed.push({ type: 'phase', phase: 'connect', at: t });
    if (w === 4) timed.push({ type: 'phase', phase: 'login', at: t });
    let end = t;
    for (const p of probes) {
      timed.push({
        type: 'probe_started',
        id: p.id,
        kind: p.kind,
        role: p.role,
        host: p.host,
        ip: p.ip,
        port: p.port,
        at: t,
      });
      timed.push({ type: 'probe_finished', result: p, at: t + p.ms });
      end = Math.max(end, t + p.ms);
    }
    t = end + 1;
  }
  timed.sort((a, b) => a.at - b.at);
  events.push(...timed, { type: 'phase', phase: 'done', at: t });
  return events;
}
