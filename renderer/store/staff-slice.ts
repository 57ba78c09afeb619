/**
 * The "Support staff" screen's actions: open or close it, decode a typed reference code, open a
 * saved report file (shown read-only), look up a provider's published settings. All of it
 * offline: the main process answers from the bundled data and the chosen file.
 */
import type { IpcResponse } from '../../shared/ipc-contract.js';
import { callBridge, failureOf } from './bridge-call.js';
import type { StaffSlice } from './staff-state.js';
import type { SliceCreator } from './types.js';

const fail = (res: Parameters<typeof failureOf>[0]) => ({
  status: 'failed' as const,
  error: failureOf(res),
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
    const res = await callBridge(deps.api.decodeCode, { code });
    set({ decoded: res.ok ? { status: 'decoded', result: res.value } : fail(res) });
  },

  openReport: async () => {
    set({ opened: { status: 'opening' } });
    const res = await callBridge(deps.api.openReport, {});
    if (!res.ok) return set({ opened: fail(res) });
    const v: IpcResponse<'report:open'> = res.value;
    set({ opened: v.status === 'opened' ? { status: 'opened', file: v.file } : v });
  },

  closeReport: () => set({ opened: { status: 'idle' } }),

  lookupProvider: async (email) => {
    set({ lookup: { status: 'looking' } });
    const res = await callBridge(deps.api.lookupProvider, { email });
    set({ lookup: res.ok ? { status: 'found', result: res.value } : fail(res) });
  },
});
