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

/** A native message box as a fake records it: the window it was attached to and its options. */
export interface ShownMessageBox {
  window: unknown;
  options: Electron.MessageBoxOptions;
}

/**
 * Electron's dialog.showMessageBox and BrowserWindow.fromWebContents as a fake: each contents has
 * its own window, every box shown is recorded, and the box answers the button the test chose.
 * Use it as the mocked module: vi.mock('electron', async () => (await import(…)).fakeDialogs.electron).
 */
export function createFakeDialogs() {
  const shown: ShownMessageBox[] = [];
  const windows = new WeakMap<object, { webContents: object }>();
  let answer = 0;
  const windowOf = (wc: object) => {
    const known = windows.get(wc);
    if (known) return known;
    const win = { webContents: wc };
    windows.set(wc, win);
    return win;
  };
  return {
    shown,
    /** The button index the next boxes answer (0 until told otherwise). */
    answer(button: number): void {
      answer = button;
    },
    /** Forgets the boxes shown and answers 0 again. */
    reset(): void {
      shown.length = 0;
      answer = 0;
    },
    windowOf,
    electron: {
      BrowserWindow: { fromWebContents: (wc: object) => windowOf(wc) },
      dialog: {
        showMessageBox: async (
          a: unknown,
          b?: Electron.MessageBoxOptions,
        ): Promise<{ response: number; checkboxChecked: boolean }> => {
          const [window, options] =
            b === undefined ? [null, a as Electron.MessageBoxOptions] : [a, b];
          shown.push({ window, options });
          return { response: answer, checkboxChecked: false };
        },
      },
    },
  };
}

/** The one fake of the dialogs a test file mocks electron with. */
export const fakeDialogs = createFakeDialogs();

/** A report like sampleReport() whose recommendation is fully verified (provider data, 587). */
export function verifiedReport(email = 'taro@example.jp'): DiagnosisReport {
  const r = sampleReport(email);
  r.recommended = {
    host: `smtp.${r.email.domainAscii}`,
    port: 587,
    security: 'starttls',
    auth: true,
    username: r.email.ascii,
    verified: true,
    source: 'provider_db',
  };
  return r;
}
