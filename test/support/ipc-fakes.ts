/** Stand-ins for Electron objects in unit tests (there is no Electron binary in plain Node). */
import { EventEmitter } from 'node:events';
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import type { DiagnosisReport } from '../../shared/diagnosis.js';

let nextId = 1;

/** A web contents that records what is sent to it and can be destroyed. */
export class FakeWebContents extends EventEmitter {
  /** Unique like Electron's own ids. */
  readonly id = nextId++;
  /** Every (channel, payload) sent to this contents. */
  readonly sent: Array<{ channel: string; payload: unknown }> = [];
  private destroyed = false;

  /** Records a message. */
  send(channel: string, payload: unknown): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.sent.push({ channel, payload });
  }

  /** Whether destroy() was called. */
  isDestroyed(): boolean {
    return this.destroyed;
  }

  /** Closes it the way a window does: 'destroyed' fires once. */
  destroy(): void {
    this.destroyed = true;
    this.emit('destroyed');
  }

  /** Typed as the real thing for the code under test. */
  asWebContents(): WebContents {
    return this as unknown as WebContents;
  }
}

/** A frame as IpcMainInvokeEvent.senderFrame has it. */
export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}

/** An invoke event from a given contents and frame (the app's top frame unless told otherwise). */
export function invokeEvent(
  sender: FakeWebContents,
  frame: FakeFrame | null = { url: 'app://sendcheck/index.html', parent: null },
): IpcMainInvokeEvent {
  return { sender, senderFrame: frame } as unknown as IpcMainInvokeEvent;
}

/** A small but complete report, as the engine would return it. */
export function sampleReport(email = 'taro@example.jp'): DiagnosisReport {
  const [local = 'taro', domain = 'example.jp'] = email.split('@');
  return {
    verdict: {
      code: 'port25_blocked',
      confidence: 'high',
      actions: [{ id: 'change_outgoing', params: {} }],
    },
    recommended: null,
    evidence: [],
    probes: [],
    elapsedMs: 1234,
    email: {
      display: `${local}@${domain}`,
      ascii: `${local}@${domain}`,
      domain,
      domainAscii: domain,
    },
    provider: null,
    request: { server: null, port: null },
    candidates: [],
    blockedAt: 'isp',
  };
}

/** The value, or a test failure saying what was missing (instead of a non-null assertion). */
export function must<T>(value: T | null | undefined, what = 'value'): T {
  if (value === null || value === undefined)
    throw new Error(`expected a ${what}, got ${String(value)}`);
  return value;
}
