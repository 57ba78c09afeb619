/** The one IPC contract: every channel, its request and its response. Main and preload are checked against it. */
import type { DiagnosisReport, MailProgram, ProgressEvent } from './diagnosis.js';
import type { Lang } from './verdict.js';

/** Every IPC answer: a result union, never a thrown error (a throw loses all but its text). */
export type IpcResult<T> =
  { ok: true; value: T } | { ok: false; code: IpcErrorCode; message: string };

/** Why an IPC call failed. */
export type IpcErrorCode =
  | 'bad_request' // the payload did not pass the channel's validator
  | 'forbidden' // the sender is not the app's own window
  | 'not_found' // e.g. no diagnosis with that runId
  | 'cancelled'
  | 'internal';

/** Request/response pairs, one request object per channel. */
export interface IpcChannels {
  'diagnosis:start': {
    request: {
      /** Chosen by the renderer (crypto.randomUUID) so it can cancel before the answer comes. */
      runId: string;
      email: string;
      server?: string;
      port?: number;
      mailProgram?: MailProgram;
    };
    response: DiagnosisReport;
  };
  'diagnosis:cancel': {
    request: { runId: string };
    response: { cancelled: boolean };
  };
  'diagnosis:login-test': {
    /** The password passes in this one call, lives only in the main process and is dropped after AUTH. */
    request: { runId: string; password: string };
    /** The same diagnosis with the login probe added and the verdict recomputed. */
    response: DiagnosisReport;
  };
  'app:info': {
    request: Record<string, never>;
    response: { version: string; locale: string; platform: string };
  };
  'settings:language': {
    /** Without lang: which language to show. With lang: the user chose it; remember it. */
    request: { lang?: Lang };
    /** The language in force: the user's saved choice, or the OS's (shared/language.ts). */
    response: { lang: Lang; source: 'saved' | 'system' };
  };
}

/** Any request/response channel name. */
export type IpcChannel = keyof IpcChannels;
/** The request type of a channel. */
export type IpcRequest<C extends IpcChannel> = IpcChannels[C]['request'];
/** The response type of a channel. */
export type IpcResponse<C extends IpcChannel> = IpcChannels[C]['response'];

/** Events from main to the renderer. */
export interface IpcEvents {
  'diagnosis:progress': { runId: string; event: ProgressEvent };
}

/** Any event channel name. */
export type IpcEvent = keyof IpcEvents;

/** What the preload exposes as window.sendcheck. Listeners get the payload only, never an IpcRendererEvent. */
export interface SendCheckApi {
  startDiagnosis(req: IpcRequest<'diagnosis:start'>): Promise<IpcResult<DiagnosisReport>>;
  cancelDiagnosis(req: IpcRequest<'diagnosis:cancel'>): Promise<IpcResult<{ cancelled: boolean }>>;
  loginTest(req: IpcRequest<'diagnosis:login-test'>): Promise<IpcResult<DiagnosisReport>>;
  appInfo(): Promise<IpcResult<IpcResponse<'app:info'>>>;
  /**
   * Asks which language to show ({}), or remembers the user's choice ({ lang }). Optional: a
   * bridge without it (a test's, or the dev server's) leaves the language to the OS.
   */
  language?(
    req: IpcRequest<'settings:language'>,
  ): Promise<IpcResult<IpcResponse<'settings:language'>>>;
  /** Subscribes to progress events; returns the unsubscribe function. */
  onProgress(listener: (payload: IpcEvents['diagnosis:progress']) => void): () => void;
}

/** Ports a renderer may ask the engine to probe: mail ports only, never an arbitrary socket. */
export const MAIL_PORTS = [25, 465, 587, 2525] as const;
