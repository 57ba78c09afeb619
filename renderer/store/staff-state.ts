/**
 * The states of the "Support staff" screen (staff-slice.ts acts on them). Types only, below both
 * the slice and the store's shape (types.ts).
 */
import type { PublishedSettings } from '../../shared/published-settings.js';
import type { IpcResponse } from '../../shared/ipc-contract.js';
import type { ReportFile, ReportFileError } from '../../shared/report-file-format.js';
import type { RunError } from './bridge-call.js';

/** A typed code and what it says. */
export type DecodeState =
  | { status: 'idle' | 'decoding' }
  | { status: 'decoded'; result: IpcResponse<'code:decode'> }
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
