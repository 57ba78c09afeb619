/**
 * "Save report" and "Open report": ONE file holding a readable page and the JSON report,
 * redacted, and a reader that checks a file from anyone like IPC input.
 *
 * Format: an .html file. A customer double-clicks it and their browser shows the report in their
 * language; support staff open the same file in SendCheck's "Support staff" screen, which reads
 * only the JSON data block. It is safe to open: no script (the page has none and its CSP forbids
 * any), no requests, every text escaped, and the data block cannot be closed early by any text.
 * A .json file was the alternative: safe too, but a double-click shows customers raw data or
 * nothing at all. The layout's types and constants are in report-file-format.ts, the checks in
 * report-file-schema.ts, the page in report-file-html.ts.
 *
 * API for the main process and the command line (pure, no I/O):
 * - buildReportFile(report, options) → the file's text (the caller writes it, atomically);
 * - parseReportFile(text) → { ok: true, file } or { ok: false, error, path? } — never throws;
 * - reportFileName(createdAt) → a suggested file name.
 * A refusal is said in words by reportFileErrorMessage (shared/i18n/messages.ts).
 */
import type { AboutFacts } from './about-facts.js';
import type { DiagnosisReport } from './diagnosis.js';
import type { Translate } from './i18n/messages.js';
import type { ProbeResult, TranscriptLine } from './probe.js';
import { referenceCodeFor } from './reference-code.js';
import {
  DATA_BLOCK_CLOSE,
  DATA_BLOCK_ID,
  DATA_BLOCK_OPEN,
  MAX_LOG_CHARS,
  MAX_REPORT_FILE_CHARS,
  REPORT_FILE_EXTENSION,
  REPORT_FILE_FORMAT,
  REPORT_FILE_VERSION,
  type ReportFile,
  type ReportFileError,
} from './report-file-format.js';
import { renderReportHtml } from './report-file-html.js';
import { checkAboutFacts, checkReport, checkReportFile } from './report-file-schema.js';
import type { Lang } from './verdict.js';

/** A checked file, or why not; `path` (our own field names, never the file's text) for 'invalid'. */
export type ParseReportResult =
  | { ok: true; file: ReportFile }
  | { ok: false; error: ReportFileError; path?: string; detail?: string };

/** What buildReportFile needs besides the report. */
export interface BuildReportOptions {
  appVersion: string;
  /** The language of the readable page (the JSON holds ids, readable in either). */
  lang: Lang;
  /** Translates into `lang` (createTranslator(lang) in Node, i18next's t in the renderer). */
  t: Translate;
  /** Defaults to now. */
  createdAt?: Date;
  facts?: AboutFacts;
  /** The app's log, to include (its newest MAX_LOG_CHARS characters). */
  appLog?: string;
}

const REDACTED = '[redacted]';

/** One transcript with AUTH commands and the answers to 334 challenges replaced. */
function redactTranscript(lines: readonly TranscriptLine[]): TranscriptLine[] {
  let challenged = false;
  return lines.map((l) => {
    if (l.dir === 'S') {
      challenged = /^334[ -]/.test(l.text);
      return { ...l };
    }
    if (l.dir !== 'C') return { ...l };
    const auth = /^(AUTH\s+[A-Za-z0-9_-]+)/i.exec(l.text);
    if (auth) return { ...l, text: `${auth[1]} ${REDACTED}` };
    if (challenged) return { ...l, text: REDACTED };
    return { ...l };
  });
}

function redactProbe(p: ProbeResult): ProbeResult {
  if (!p.smtp) return { ...p };
  // A login test's whole conversation goes: it is the authentication exchange.
  const login = p.kind === 'auth' || p.role === 'login';
  const transcript = login ? [] : redactTranscript(p.smtp.transcript);
  return { ...p, smtp: { ...p.smtp, transcript } };
}

/**
 * The report without its authentication exchanges. The engine already redacts AUTH lines
 * (electron/engine/redact.ts); this is the second lock on the door before anything is written.
 */
export function redactReport(report: DiagnosisReport): DiagnosisReport {
  return { ...report, probes: report.probes.map(redactProbe) };
}

/** The checked value, or an error naming the field: only for a caller's bug, never a user's input. */
function mustPass<T>(
  checked: { ok: true; value: T } | { ok: false; path: string; reason: string },
): T {
  if (!checked.ok) throw new Error(`${checked.path} ${checked.reason}`);
  return checked.value;
}

/**
 * The whole file's text. The report goes through the reader's own check first, so only the fields
 * of DiagnosisReport reach the file. Throws only for a report outside the reader's bounds (a bug
 * in the caller), never for anything a user typed.
 */
export function buildReportFile(report: DiagnosisReport, options: BuildReportOptions): string {
  const checked = mustPass(checkReport(redactReport(report)));
  const facts = options.facts ? mustPass(checkAboutFacts(options.facts, 'about.facts')) : undefined;
  const file: ReportFile = {
    format: REPORT_FILE_FORMAT,
    version: REPORT_FILE_VERSION,
    createdAt: (options.createdAt ?? new Date()).toISOString(),
    referenceCode: referenceCodeFor(checked, options.appVersion),
    about: { appVersion: options.appVersion, ...(facts ? { facts } : {}) },
    report: checked,
    ...(options.appLog !== undefined ? { appLog: options.appLog.slice(-MAX_LOG_CHARS) } : {}),
  };
  return renderReportHtml(file, options.lang, options.t);
}

/** A suggested name: sendcheck-report-20261130-1912.html (UTC; no address in it). */
export function reportFileName(createdAt: Date = new Date()): string {
  const iso = createdAt.toISOString();
  const stamp = `${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 16).replace(':', '')}`;
  return `sendcheck-report-${stamp}${REPORT_FILE_EXTENSION}`;
}

/** Where the data block's content starts, or -1. Plain searches, no regex: linear on any input. */
function dataBlockStart(text: string): number {
  const exact = text.indexOf(DATA_BLOCK_OPEN);
  if (exact >= 0) return exact + DATA_BLOCK_OPEN.length;
  // A browser's "Save page as" may write the tag's attributes in another order: find it by its id.
  const id = text.indexOf(DATA_BLOCK_ID);
  if (id < 0) return -1;
  const tag = text.lastIndexOf('<script', id);
  const end = text.indexOf('>', id);
  if (tag < 0 || end < 0 || text.slice(tag, id).includes('>')) return -1;
  return end + 1;
}

/** The JSON text of a file: the data block of the page, or the whole text for a bare JSON file. */
function dataText(
  text: string,
): { ok: true; json: string } | { ok: false; error: ReportFileError } {
  if (text.trimStart().startsWith('{')) return { ok: true, json: text };
  const from = dataBlockStart(text);
  if (from < 0) {
    // A page cut off before its data block still starts like one of ours.
    const ours = /<title>[^<]*SendCheck/.test(text.slice(0, 4096));
    return { ok: false, error: ours ? 'truncated' : 'not_a_report' };
  }
  const end = text.indexOf(DATA_BLOCK_CLOSE, from);
  if (end < 0) return { ok: false, error: 'truncated' };
  return { ok: true, json: text.slice(from, end) };
}

/** The envelope's format and version, before the whole file is checked. */
function envelopeProblem(data: unknown): ReportFileError | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'not_a_report';
  const own = (key: string): unknown =>
    Object.prototype.hasOwnProperty.call(data, key)
      ? (data as Record<string, unknown>)[key]
      : undefined;
  if (own('format') !== REPORT_FILE_FORMAT) return 'not_a_report';
  const version = own('version');
  if (typeof version === 'number' && Number.isInteger(version) && version > REPORT_FILE_VERSION)
    return 'unsupported_version';
  return null;
}

/**
 * Reads a report file from its text. Never throws: a hostile, truncated or foreign file gives an
 * error code (and for 'invalid', the path of the first bad field). The result holds only checked
 * fields; nothing in it is markup (show it as text, never as HTML).
 */
export function parseReportFile(text: unknown): ParseReportResult {
  if (typeof text !== 'string') return { ok: false, error: 'not_a_report' };
  if (text.length > MAX_REPORT_FILE_CHARS) return { ok: false, error: 'too_large' };
  const block = dataText(text);
  if (!block.ok) return block;
  let data: unknown;
  try {
    data = JSON.parse(block.json);
  } catch (err) {
    const cut =
      err instanceof SyntaxError && /end of (JSON )?input|Unterminated/i.test(err.message);
    return { ok: false, error: cut ? 'truncated' : 'bad_json' };
  }
  const envelope = envelopeProblem(data);
  if (envelope) return { ok: false, error: envelope };
  try {
    const checked = checkReportFile(data);
    if (checked.ok) return { ok: true, file: checked.value };
    return { ok: false, error: 'invalid', path: checked.path, detail: checked.reason };
  } catch {
    // Anything else (e.g. a stack overflow on absurd input) is still just a bad file.
    return { ok: false, error: 'bad_json' };
  }
}
