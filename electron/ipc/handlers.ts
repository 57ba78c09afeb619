/**
 * What each channel does once handle() has checked the sender and parsed the request: start a
 * diagnosis, cancel it, run the login test on its report, tell the app's version and locale, and
 * tell or remember the language.
 */
import type { WebContents } from 'electron';
import type { DiagnosisReport, DiagnosisRequest, ProgressEvent } from '../../shared/diagnosis.js';
import type {
  IpcChannel,
  IpcErrorCode,
  IpcEvents,
  IpcResponse,
  IpcResult,
} from '../../shared/ipc-contract.js';
import { referenceCodeFor } from '../../shared/reference-code.js';
import { loginAllowed } from '../../shared/trust-gate.js';
import type { Lang } from '../../shared/verdict.js';
import type { AccountChannel } from './account-handlers.js';
import type { ChannelHandler } from './handle.js';
import type { RunRegistry } from './run-registry.js';
import type { SupportChannel } from './support-handlers.js';

/** Options the engine takes for one run. */
export interface EngineRunOptions {
  signal?: AbortSignal;
  onProgress?: (event: ProgressEvent) => void;
}

/** The engine functions the handlers call (electron/engine/index.ts). */
export interface EngineApi {
  runDiagnosis(request: DiagnosisRequest, options?: EngineRunOptions): Promise<DiagnosisReport>;
  runLoginTest(
    report: DiagnosisReport,
    password: string,
    options?: EngineRunOptions,
  ): Promise<DiagnosisReport>;
}

/** The app's language setting (electron/language.ts LanguageSetting fits). */
export interface LanguageApi {
  current(): IpcResponse<'settings:language'>;
  choose(lang: Lang): Promise<IpcResponse<'settings:language'>>;
}

/** Everything the handlers need, passed in so tests can supply a fake engine. */
export interface HandlerDeps {
  engine: EngineApi;
  registry: RunRegistry;
  appInfo: () => IpcResponse<'app:info'>;
  language: LanguageApi;
  /** Where failures are logged; console.error (and the app log, when there is one) by default. */
  log?: (line: string) => void;
  /** The app's log file (electron/app-log.ts): each finished diagnosis leaves its reference code. */
  appLog?: AppLogApi;
}

/** The part of electron/app-log.ts's AppLog the handlers use. */
export interface AppLogApi {
  write(line: string): void;
  text(): string;
}

/**
 * One handler per channel of this file; the mapped type makes a missing one a compile error.
 * The channels of issue 9 are served by account-handlers.ts and support-handlers.ts.
 */
export type ChannelHandlers = {
  [C in Exclude<IpcChannel, AccountChannel | SupportChannel>]: ChannelHandler<C>;
};

function fail(
  code: IpcErrorCode,
  message: string,
): { ok: false; code: IpcErrorCode; message: string } {
  return { ok: false, code, message };
}

const CANCELLED = fail('cancelled', 'the run was cancelled');

/**
 * The engine's InputError (electron/engine/index.ts): input it refused before probing. Its message
 * is one of validate.ts's fixed English texts, never the input itself, so it can go back as is.
 */
function isInputError(err: unknown): err is Error {
  return err instanceof Error && err.name === 'InputError';
}

/** Sends a progress event to the window that started the run, and to no other. */
export function progressTo(sender: WebContents, runId: string, signal: AbortSignal) {
  return (event: ProgressEvent): void => {
    if (signal.aborted || sender.isDestroyed()) return;
    const payload: IpcEvents['diagnosis:progress'] = { runId, event };
    try {
      sender.send('diagnosis:progress', payload);
    } catch {
      // The window went away between the check and the send: nobody is left to tell.
    }
  };
}

/**
 * Runs one piece of engine work as a tracked run: cancellable by runId, aborted when the window
 * goes away, answered as cancelled (not as an error) once aborted.
 */
export async function tracked(
  deps: HandlerDeps,
  runId: string,
  sender: WebContents,
  work: (signal: AbortSignal) => Promise<DiagnosisReport>,
  keep: boolean,
): Promise<IpcResult<DiagnosisReport>> {
  const begun = deps.registry.begin(runId, sender.id);
  if (!begun.ok) return fail('bad_request', 'a run with this runId is already going');
  const { signal } = begun;
  const onGone = (): void => deps.registry.cancelAll(sender.id);
  sender.once('destroyed', onGone);
  try {
    const report = await work(signal);
    if (signal.aborted) return CANCELLED;
    // The code support staff ask for; it carries no address and no password.
    deps.appLog?.write(`diagnosis done: ${referenceCodeFor(report, deps.appInfo().version)}`);
    deps.registry.end(runId, sender.id, signal, keep ? report : undefined);
    return { ok: true, value: report };
  } catch (err) {
    if (signal.aborted) return CANCELLED;
    if (isInputError(err)) return fail('bad_request', err.message);
    throw err;
  } finally {
    deps.registry.end(runId, sender.id, signal);
    sender.removeListener('destroyed', onGone);
  }
}

/** Builds the handlers over the given engine and registry. */
export function createHandlers(deps: HandlerDeps): ChannelHandlers {
  const log =
    deps.log ??
    ((line: string) => {
      console.error(line);
      deps.appLog?.write(line);
    });
  return {
    'diagnosis:start': async (req, { sender }) => {
      const { runId, ...input } = req;
      const request: DiagnosisRequest = { email: input.email };
      if (input.server !== undefined) request.server = input.server;
      if (input.port !== undefined) request.port = input.port;
      if (input.mailProgram !== undefined) request.mailProgram = input.mailProgram;
      if (input.acceptSuggested !== undefined) request.acceptSuggested = input.acceptSuggested;
      return tracked(
        deps,
        runId,
        sender,
        (signal) =>
          deps.engine.runDiagnosis(request, {
            signal,
            onProgress: progressTo(sender, runId, signal),
          }),
        true,
      );
    },

    'diagnosis:cancel': async ({ runId }, { sender }) => ({
      ok: true,
      value: { cancelled: deps.registry.cancel(runId, sender.id) },
    }),

    'diagnosis:login-test': async ({ runId, password }, { sender }) => {
      // The report of the diagnosis itself, never one with an earlier login probe in it, so a
      // retry after a typo starts from the same facts.
      const report = deps.registry.report(runId, sender.id);
      if (!report) return fail('not_found', 'no finished diagnosis with this runId');
      // The engine withholds the password too; the main process refuses first, so a renderer
      // that skips the screen's own check still cannot make a password go to a suggestion.
      if (!loginAllowed(report.recommended))
        return fail('bad_request', 'the recommended settings are not verified: no login test');
      try {
        return await tracked(
          deps,
          runId,
          sender,
          (signal) =>
            deps.engine.runLoginTest(report, password, {
              signal,
              onProgress: progressTo(sender, runId, signal),
            }),
          false,
        );
      } catch (err) {
        // Only the name: a message from below might quote what it was given.
        log(`[ipc] diagnosis:login-test failed (${err instanceof Error ? err.name : typeof err})`);
        return fail('internal', 'the login test failed');
      }
    },

    'app:info': async () => ({ ok: true, value: deps.appInfo() }),

    'settings:language': async ({ lang }) => ({
      ok: true,
      value: lang === undefined ? deps.language.current() : await deps.language.choose(lang),
    }),
  };
}
