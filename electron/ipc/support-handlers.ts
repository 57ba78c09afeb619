/**
 * The support channels of issue 9: save the report on screen through the main process's save
 * dialog, open a saved report (read with a size cap and checked like IPC input), the reference
 * code of a report and of a typed code, and a provider's published settings by address. The
 * renderer never sees a file path: dialogs and files stay on this side.
 */
import type { WebContents } from 'electron';
import type { AboutFacts } from '../../shared/about-facts.js';
import { createTranslator } from '../../shared/i18n/i18next-options.js';
import type { IpcResult, OpenReportResult } from '../../shared/ipc-contract.js';
import { publishedSettings, type PublishedSettings } from '../../shared/published-settings.js';
import { decodeReferenceCode, referenceCodeFor } from '../../shared/reference-code.js';
import { MAX_REPORT_FILE_CHARS } from '../../shared/report-file-format.js';
import { buildReportFile, parseReportFile, reportFileName } from '../../shared/report-file.js';
import { parseEmail } from '../../shared/validate.js';
import type { Lang } from '../../shared/verdict.js';
import type { ChannelHandler } from './handle.js';

/** The channels served here. */
export type SupportChannel =
  'report:save' | 'report:open' | 'code:encode' | 'code:decode' | 'provider:lookup';

/** The largest report file read, in bytes: UTF-8 needs at most 3 bytes per UTF-16 unit of the text cap. */
export const MAX_REPORT_FILE_BYTES = MAX_REPORT_FILE_CHARS * 3;

/** A file read with a cap: its text, or too large (nothing beyond the cap is read). */
export type CappedRead = { tooLarge: true } | { tooLarge: false; text: string };

/** Dialogs and files (electron/report-dialogs.ts and electron/report-files.ts in the app). */
export interface SupportDeps {
  appVersion(): string;
  /** The About box's facts (runtime, provider data) a saved report repeats; absent in tests. */
  facts?(): AboutFacts;
  /** The app's log as text, for a report saved with includeLog; absent: nothing to include. */
  appLog?(): string;
  /** The language the dialogs speak when the request does not say. */
  lang(): Lang;
  /** The save dialog; null when the user closed it. */
  chooseSavePath(sender: WebContents, defaultName: string, lang: Lang): Promise<string | null>;
  /** The open dialog; null when the user closed it. */
  chooseOpenPath(sender: WebContents, lang: Lang): Promise<string | null>;
  /** Writes the whole text atomically (temporary file, then rename). */
  writeText(path: string, text: string): Promise<void>;
  /** Reads at most maxBytes of a file. */
  readCapped(path: string, maxBytes: number): Promise<CappedRead>;
}

/** The support channels' handlers. */
export type SupportHandlers = { [C in SupportChannel]: ChannelHandler<C> };

/** Builds the support handlers over the given dialogs and files. */
export function createSupportHandlers(support: SupportDeps): SupportHandlers {
  return {
    'report:save': async ({ report, lang, includeLog }, { sender }) => {
      const createdAt = new Date();
      const path = await support.chooseSavePath(sender, reportFileName(createdAt), lang);
      if (path === null) return { ok: true, value: { saved: false } };
      const t = createTranslator(lang);
      const facts = support.facts?.();
      // Read once the user has chosen where: the log then holds everything up to this save.
      const appLog = includeLog === true ? support.appLog?.() : undefined;
      const text = buildReportFile(report, {
        appVersion: support.appVersion(),
        lang,
        t,
        createdAt,
        ...(facts ? { facts } : {}),
        ...(appLog !== undefined ? { appLog } : {}),
      });
      await support.writeText(path, text);
      return { ok: true, value: { saved: true } };
    },

    'report:open': async (_req, { sender }) => {
      const path = await support.chooseOpenPath(sender, support.lang());
      if (path === null) return { ok: true, value: { status: 'cancelled' } };
      return { ok: true, value: await openReport(support, path) };
    },

    'code:encode': async ({ report }) => ({
      ok: true,
      value: { code: referenceCodeFor(report, support.appVersion()) },
    }),

    'code:decode': async ({ code }) => ({ ok: true, value: decodeReferenceCode(code) }),

    'provider:lookup': async ({ email }): Promise<IpcResult<PublishedSettings>> => {
      // The validator has read the address already; parsing again gives the parts the look-up needs.
      const parsed = parseEmail(email);
      if (!parsed.ok) return { ok: false, code: 'bad_request', message: parsed.message.en };
      return { ok: true, value: publishedSettings(parsed.value) };
    },
  };
}

/** Reads and checks one report file; any problem is a refusal with its reason, never a throw. */
async function openReport(support: SupportDeps, path: string): Promise<OpenReportResult> {
  let read: CappedRead;
  try {
    read = await support.readCapped(path, MAX_REPORT_FILE_BYTES);
  } catch {
    // Unreadable (gone, a folder, no permission): for the person it is simply not a report.
    return { status: 'refused', error: 'not_a_report' };
  }
  if (read.tooLarge) return { status: 'refused', error: 'too_large' };
  const parsed = parseReportFile(read.text);
  if (parsed.ok) return { status: 'opened', file: parsed.file };
  return {
    status: 'refused',
    error: parsed.error,
    ...(parsed.path !== undefined ? { path: parsed.path } : {}),
  };
}
