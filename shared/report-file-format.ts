/**
 * The layout of a saved report file, as types and constants only: what report-file.ts writes and
 * reads, what report-file-html.ts lays out and report-file-schema.ts checks. It sits below all
 * three so none of them imports another to learn the format, and the renderer can name a file
 * or a refusal without bundling the writer or the checks.
 */
import type { AboutFacts } from './about-facts.js';
import type { DiagnosisReport } from './diagnosis.js';

/** The `format` every report file carries. */
export const REPORT_FILE_FORMAT = 'sendcheck-report' as const;
/** The file layout this version writes and reads. */
export const REPORT_FILE_VERSION = 1;
/** The largest file the reader looks at, in UTF-16 units (2 MiB): real reports are far smaller. */
export const MAX_REPORT_FILE_CHARS = 2 * 1024 * 1024;
/** The file name extension, with its dot. */
export const REPORT_FILE_EXTENSION = '.html';
/** The most of the app's log a report carries, in UTF-16 units: the newest part is kept. */
export const MAX_LOG_CHARS = 512 * 1024;

/** The data block's id attribute, as written. */
export const DATA_BLOCK_ID = 'id="sendcheck-report"';
/** The start of the data block a reader looks for. */
export const DATA_BLOCK_OPEN = `<script type="application/json" ${DATA_BLOCK_ID}>`;
/** The end of the data block. */
export const DATA_BLOCK_CLOSE = '</script>';

/** What the app that saved the file says about itself. */
export interface ReportAbout {
  /** package.json version of the app that saved the file. */
  appVersion: string;
  /** The About box's facts (shared/about-facts.ts): runtime and provider data; absent when not given. */
  facts?: AboutFacts;
}

/** The data block of a report file. */
export interface ReportFile {
  format: typeof REPORT_FILE_FORMAT;
  version: typeof REPORT_FILE_VERSION;
  /** ISO 8601, UTC. */
  createdAt: string;
  /** The reference code of the report, grouped (reference-code.ts). */
  referenceCode: string;
  about: ReportAbout;
  /** Redacted: no password and no authentication exchange. */
  report: DiagnosisReport;
  /** The app's log (electron/app-log.ts), when the user chose to include it. */
  appLog?: string;
}

/** Why a file could not be opened. */
export type ReportFileError =
  'too_large' | 'not_a_report' | 'truncated' | 'bad_json' | 'unsupported_version' | 'invalid';
