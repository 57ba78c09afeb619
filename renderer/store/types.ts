/** The app store's shape: one zustand store made of slices (see app-store.ts). */
import type { StoreApi } from 'zustand/vanilla';
import type { MailProgram } from '../../shared/diagnosis.js';
import type { SendCheckApi } from '../../shared/ipc-methods.js';
import type { Lang, LocalizedText } from '../../shared/verdict.js';
import type { FixSlice } from './fix-state.js';
import type { RunState } from './run-state.js';
import type { StaffSlice } from './staff-state.js';

/** A field problem: a message from shared/validate.ts, or one of the renderer's own. */
export type FieldError = { text: LocalizedText } | { key: 'portNotMail' };

/** The optional and required inputs of the address step. */
export type FormField = 'email' | 'server' | 'port';

/** The header's text size: the user's default, or 125% of it (every screen scales with it). */
export type TextSize = 'standard' | 'large';

/** Language, text size and the support-details toggle. The screen is not here: it follows from the run. */
export interface UiSlice {
  lang: Lang;
  textSize: TextSize;
  supportOpen: boolean;
  setLang(lang: Lang): void;
  setTextSize(size: TextSize): void;
  setSupportOpen(open: boolean): void;
}

/** What the user typed, and what was wrong with it. */
export interface FormSlice {
  email: string;
  server: string;
  port: string;
  mailProgram: MailProgram | null;
  /** The user answered the program question (then even "not sure" stands over the pre-selection). */
  programAnswered: boolean;
  moreOpen: boolean;
  fieldErrors: Partial<Record<FormField, FieldError>>;
  setField(field: FormField, value: string): void;
  /** The user's answer to the program question (null: not sure). */
  setMailProgram(program: MailProgram | null): void;
  setMoreOpen(open: boolean): void;
  /** Validates the form and starts a diagnosis; false (and fieldErrors set) when input is bad. */
  submit(): boolean;
}

/** What a diagnosis is started with (the bridge's request without its runId). */
export interface StartRequest {
  email: string;
  server?: string;
  port?: number;
  mailProgram?: MailProgram;
  /** Hosts the network suggested that the user confirmed on the settings card. */
  acceptSuggested?: string[];
}

/** The diagnosis run (see run-state.ts) and the moves between screens, which are moves of the run. */
export interface RunSlice {
  run: RunState;
  /** The request of the run on screen (or in flight), so it can be run again with a confirmation. */
  runRequest: { runId: string; request: StartRequest } | null;
  /** From the start screen to the address step. */
  begin(): void;
  /** From the address step back to the start screen; a notice about the last run goes with it. */
  backToStart(): void;
  startDiagnosis(req: StartRequest): Promise<void>;
  /**
   * "I have checked: use this server": the same diagnosis again with the suggested host confirmed,
   * for the same account (if the run was for one). Only the main process and the engine decide
   * what follows; this only says which host the user confirmed.
   */
  acceptSuggestion(host: string): void;
  cancelDiagnosis(): Promise<void>;
  /** Back to the address step for another check; the typed values stay. */
  checkAgain(): void;
  /** "Did you mean …?": the same check again at once, with the address corrected. */
  recheckAs(email: string): void;
}

/** The optional login test. The password is never kept here: it passes straight to the API. */
export interface LoginSlice {
  testLogin(password: string): Promise<void>;
}

/** The whole app state. */
export type AppState = UiSlice & FormSlice & RunSlice & LoginSlice & FixSlice & StaffSlice;

/** The store object handed to React through context. */
export type AppStore = StoreApi<AppState> & { dispose(): void };

/** What the slices need from outside; injected so tests can pass a fake bridge and clock. */
export interface StoreDeps {
  api: SendCheckApi;
  now: () => number;
  newRunId: () => string;
}

/** One slice's creator: state and actions over the shared set/get. */
export type SliceCreator<T> = (
  set: StoreApi<AppState>['setState'],
  get: StoreApi<AppState>['getState'],
  deps: StoreDeps,
) => T;
