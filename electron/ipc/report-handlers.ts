/**
 * The report channels: save the report on screen through the main process's save dialog, and open
 * a saved report (read with a size cap and checked like IPC input). The renderer never sees a file
 * path: dialogs and files stay on this side.
 */
import type { WebContents } from 'electron';
import type { AboutFacts } from '../../shared/about-facts.js';
import { createTranslator } from '../../shared/i18n/i18next-options.js';
import type { OpenReportResult } from '../../shared/ipc-contract.js';
import { MAX_REPORT_FILE_CHARS } from '../../shared/report-file-format.js';
import { buildReportFile, parseReportFile, reportFileName } from '../../shared/report-file.js';
import type { Lang } from '../../shared/verdict.js';
import type { CappedRead } from '../report-files.js';
import type { ChannelHandler } from './handle.js';

/** The channels served here. */
export type ReportChannel = 'report:save' | 'report:open';

/** The largest report file read, in bytes: UTF-8 needs at most 3 bytes per UTF-16 unit of the text cap. */
export const MAX_REPORT_FILE_BYTES = MAX_REPORT_FILE_CHARS * 3;

/** Dialogs and files (electron/report-dialogs.ts and electron/report-files.ts in the app). */
export interface ReportDeps {
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

/** The report channels' handlers. */
export type ReportHandlers = { [C in ReportChannel]: ChannelHandler<C> };

/** Builds the report handlers over the given dialogs and files. */
export function createReportHandlers(files: ReportDeps): ReportHandlers {
  return {
    'report:save': async ({ report, lang, includeLog }, { sender }) => {
      const createdAt = new Date();
      const path = await files.chooseSavePath(sender, reportFileName(createdAt), lang);
      if (path === null) return { ok: true, value: { saved: false } };
      const t = createTranslator(lang);
      const facts = files.facts?.();
      // Read once the user has chosen where: the log then holds everything up to this save.
      const appLog = includeLog === true ? files.appLog?.() : undefined;
      const text = buildReportFile(report, {
        appVersion: files.appVersion(),
        lang,
        t,
        createdAt,
        ...(facts ? { facts } : {}),
        ...(appLog !== undefined ? { appLog } : {}),
      });
      await files.writeText(path, text);
      return { ok: true, value: { saved: true } };
    },

    'report:open': async (_req, { sender }) => {
      const path = await files.chooseOpenPath(sender, files.lang());
      if (path === null) return { ok: true, value: { status: 'cancelled' } };
      return { ok: true, value: await openReport(files, path) };
    },
  };
}

/** Reads and checks one report file; any problem is a refusal with its reason, never a throw. */
async function openReport(files: ReportDeps, path: string): Promise<OpenReportResult> {
  let read: CappedRead;
  try {
    read = await files.readCapped(path, MAX_REPORT_FILE_BYTES);
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
