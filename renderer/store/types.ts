/** The app store's shape: one zustand store made of slices (see app-store.ts). */
import type { StoreApi } from 'zustand/vanilla';
import type { DiagnosisReport, MailProgram } from '../../shared/diagnosis.js';
import type { IpcErrorCode, SendCheckApi } from '../../shared/ipc-contract.js';
import type { ProbeKind, ProbeOutcome, ProbeRole } from '../../shared/probe.js';
import type { Lang, LocalizedText } from '../../shared/verdict.js';

/** The wizard's screens, in order. */
export type Step = 'start' | 'address' | 'checking' | 'result';

/** A field problem: a message from shared/validate.ts, or one of the renderer's own. */
export type FieldError = { text: LocalizedText } | { key: 'portNotMail' };

/** The optional and required inputs of the address step. */
export type FormField = 'email' | 'server' | 'port';

/** Screen and language. */
export interface UiSlice {
  step: Step;
  lang: Lang;
  supportOpen: boolean;
  setLang(lang: Lang): void;
  goTo(step: Step): void;
  setSupportOpen(open: boolean): void;
}

/** What the user typed, and what was wrong with it. */
export interface FormSlice {
  email: string;
  server: string;
  port: string;
  mailProgram: MailProgram | null;
  moreOpen: boolean;
  fieldErrors: Partial<Record<FormField, FieldError>>;
  setField(field: FormField, value: string): void;
  setMailProgram(program: MailProgram | null): void;
  setMoreOpen(open: boolean): void;
  /** Validates the form and starts a diagnosis; false (and fieldErrors set) when input is bad. */
  submit(): boolean;
}

/** A probe as the progress stream has shown it so far. */
export interface LiveProbe {
  id: string;
  kind: ProbeKind;
  role: ProbeRole;
  host: string;
  port: number | null;
  /** Engine clock, ms since the diagnosis started. */
  startedAt: number;
  finishedAt: number | null;
  outcome: ProbeOutcome | null;
  /** Renderer clock (Date.now) when the start was seen, for live timers. */
  seenAt: number;
}

/** An IPC failure as the store keeps it. */
export interface RunError {
  code: IpcErrorCode;
  message: string;
}

/** The running (or last) diagnosis. */
export interface RunSlice {
  runId: string | null;
  runStatus: 'idle' | 'running' | 'cancelling';
  /** Renderer clock (Date.now) when the run began. */
  runStartedAt: number | null;
  probes: LiveProbe[];
  report: DiagnosisReport | null;
  runError: RunError | null;
  cancelled: boolean;
  startDiagnosis(req: {
    email: string;
    server?: string;
    port?: number;
    mailProgram?: MailProgram;
  }): Promise<void>;
  cancelDiagnosis(): Promise<void>;
  /** Back to the address step for another check; the typed values stay. */
  checkAgain(): void;
}

/** The optional login test. The password is never kept here: it passes straight to the API. */
export interface LoginSlice {
  loginStatus: 'idle' | 'running' | 'done';
  loginError: RunError | null;
  testLogin(password: string): Promise<void>;
}

/** The whole app state. */
export type AppState = UiSlice & FormSlice & RunSlice & LoginSlice;

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
