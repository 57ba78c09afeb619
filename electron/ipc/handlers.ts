/**
 * What each channel of a diagnosis does once handle() has checked the sender and parsed the
 * request: start a diagnosis, cancel it, run the login test on its report, tell the app's version
 * and locale, and tell or remember the language.
 */
import type { DiagnosisRequest } from '../../shared/diagnosis.js';
import { loginAllowed } from '../../shared/trust-gate.js';
import type { ChannelHandler } from './handle.js';
import type { HandlerDeps } from './handler-deps.js';
import { fail, progressTo, tracked } from './tracked-run.js';

/** The channels served here. */
export type DiagnosisChannel =
  | 'diagnosis:start'
  | 'diagnosis:cancel'
  | 'diagnosis:login-test'
  | 'app:info'
  | 'settings:language';

/** One handler per channel of this file; the mapped type makes a missing one a compile error. */
export type DiagnosisHandlers = { [C in DiagnosisChannel]: ChannelHandler<C> };

/** Builds the handlers over the given engine and registry. */
export function createHandlers(deps: HandlerDeps): DiagnosisHandlers {
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
