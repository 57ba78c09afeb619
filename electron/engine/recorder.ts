/** Collects probe results in start order and streams progress events to whoever listens. */
import { performance } from 'node:perf_hooks';
import type { ProgressEvent } from '../../shared/diagnosis.js';
import type { ProbeKind, ProbeResult, ProbeRole } from '../../shared/probe.js';

/** What a probe is, before its result exists. */
export interface ProbeStart {
  kind: ProbeKind;
  role: ProbeRole;
  host: string;
  ip: string | null;
  port: number | null;
}

/** Keeps results in the order probes started (stable output) and emits probe_started / probe_finished. */
export class ProbeRecorder {
  private readonly slots: (ProbeResult | null)[] = [];
  private readonly ids = new Map<string, number>();

  constructor(
    private readonly t0: number,
    private readonly listener?: (e: ProgressEvent) => void,
  ) {}

  /** ms since the diagnosis started. */
  now(): number {
    return Math.round(performance.now() - this.t0);
  }

  /** Announces a probe and returns its unique id. */
  start(p: ProbeStart): string {
    let id = `${p.kind}:${p.role}:${p.host}${p.port !== null ? `:${p.port}` : ''}${p.ip && p.ip !== p.host ? `@${p.ip}` : ''}`;
    if (this.ids.has(id)) id = `${id}#${this.slots.length}`;
    this.ids.set(id, this.slots.length);
    this.slots.push(null);
    this.emit({
      type: 'probe_started',
      id,
      kind: p.kind,
      role: p.role,
      host: p.host,
      ip: p.ip,
      port: p.port,
      at: this.now(),
    });
    return id;
  }

  /** Records a finished probe. */
  finish(result: ProbeResult): ProbeResult {
    const index = this.ids.get(result.id);
    if (index !== undefined) this.slots[index] = result;
    this.emit({ type: 'probe_finished', result, at: this.now() });
    return result;
  }

  /** Emits a phase event. */
  phase(phase: 'resolve' | 'connect' | 'login' | 'done'): void {
    this.emit({ type: 'phase', phase, at: this.now() });
  }

  /** All finished results, in start order. */
  results(): ProbeResult[] {
    return this.slots.filter((r): r is ProbeResult => r !== null);
  }

  private emit(e: ProgressEvent): void {
    if (!this.listener) return;
    try {
      this.listener(e);
    } catch {
      // A listener's failure must not stop a diagnosis.
    }
  }
}
