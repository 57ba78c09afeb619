/**
 * The "Support staff" screen (issue 9): whether it is open, a typed reference code decoded, a
 * saved report file opened (shown read-only), and a provider's published settings looked up.
 * All of it offline: the main process answers from the bundled data and the chosen file.
 */
import type { IpcResponse } from '../../shared/ipc-contract.js';
import type { PublishedSettings } from '../../shared/published-settings.js';
import type { DecodeResult } from '../../shared/reference-code.js';
import type { ReportFile, ReportFileError } from '../../shared/report-file-format.js';
import { callOptional } from './fix-slice.js';
import type { RunError } from './run-state.js';
import type { SliceCreator } from './types.js';

/** A typed code and what it says. */
export type DecodeState =
  | { status: 'idle' | 'decoding' }
  | { status: 'decoded'; result: DecodeResult }
  | { status: 'failed'; error: RunError };

/** A report file chosen in the main process's open dialog. */
export type OpenedState =
  | { status: 'idle' | 'opening' | 'cancelled' }
  | { status: 'opened'; file: ReportFile }
  | { status: 'refused'; error: ReportFileError; path?: string }
  | { status: 'failed'; error: RunError };

/** A provider look-up by address. */
export type LookupState =
  | { status: 'idle' | 'looking' }
  | { status: 'found'; result: PublishedSettings }
  | { status: 'failed'; error: RunError };

/** State and actions of the support staff screen. */
export interface StaffSlice {
  staffOpen: boolean;
  decoded: DecodeState;
  opened: OpenedState;
  lookup: LookupState;
  setStaffOpen(open: boolean): void;
  decodeCode(code: string): Promise<void>;
  openReport(): Promise<void>;
  closeReport(): void;
  lookupProvider(email: string): Promise<void>;
}

const fail = (res: { code: RunError['code']; message: string }) => ({
  status: 'failed' as const,
  error: { code: res.code, message: res.message },
});

/** Creates the slice. */
export const createStaffSlice: SliceCreator<StaffSlice> = (set, _get, deps) => ({
  staffOpen: false,
  decoded: { status: 'idle' },
  opened: { status: 'idle' },
  lookup: { status: 'idle' },
  setStaffOpen: (staffOpen) => set({ staffOpen }),

  decodeCode: async (code) => {
    set({ decoded: { status: 'decoding' } });
    const res = await callOptional(deps.api.decodeCode, { code });
    set({ decoded: res.ok ? { status: 'decoded', result: res.value } : fail(res) });
  },

  openReport: async () => {
    set({ opened: { status: 'opening' } });
    const res = await callOptional(deps.api.openReport, {});
    if (!res.ok) return set({ opened: fail(res) });
    const v: IpcResponse<'report:open'> = res.value;
    set({ opened: v.status === 'opened' ? { status: 'opened', file: v.file } : v });
  },

  closeReport: () => set({ opened: { status: 'idle' } }),

  lookupProvider: async (email) => {
    set({ lookup: { status: 'looking' } });
    const res = await callOptional(deps.api.lookupProvider, { email });
    set({ lookup: res.ok ? { status: 'found', result: res.value } : fail(res) });
  },
});
