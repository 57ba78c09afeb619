/**
 * `sendcheck diagnose … --report FILE`: saves the diagnosis as a report file (shared/report-file.ts),
 * written atomically, and the app version the CLI stamps on reports and reference codes.
 */
import pkg from '../package.json' with { type: 'json' };
import type { DiagnosisReport } from '../shared/diagnosis.js';
import { collectAboutFacts } from '../shared/about-facts.js';
import { createTranslator } from '../shared/i18n/i18next-options.js';
import { referenceCodeFor } from '../shared/reference-code.js';
import { buildReportFile } from '../shared/report-file.js';
import type { Lang } from '../shared/verdict.js';
import { renderHuman, toJson } from './cli-output.js';
import { writeTextAtomically } from './report-files.js';

/** The app's version (package.json, inlined when the CLI is bundled). */
export const APP_VERSION: string = pkg.version;

/**
 * Takes `--report FILE` (or `--report=FILE`) out of the arguments, so the diagnose parser never
 * sees it. Throws when --report has no file after it.
 */
export function takeReportOption(argv: readonly string[]): {
  argv: string[];
  reportPath: string | null;
} {
  const out: string[] = [];
  let reportPath: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--report') {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--'))
        throw new Error('--report needs a file name.');
      reportPath = next;
      i++;
    } else if (a.startsWith('--report=')) {
      reportPath = a.slice('--report='.length);
      if (reportPath === '') throw new Error('--report needs a file name.');
    } else out.push(a);
  }
  return { argv: out, reportPath };
}

/** Writes the report file (readable part in `lang`); the target appears whole or not at all. */
export async function saveReportFile(
  path: string,
  report: DiagnosisReport,
  lang: Lang,
): Promise<void> {
  const text = buildReportFile(report, {
    appVersion: APP_VERSION,
    lang,
    t: createTranslator(lang),
    facts: collectAboutFacts(APP_VERSION, process.versions),
  });
  await writeTextAtomically(path, text);
}

/**
 * Prints a finished diagnosis with its reference code (JSON: the `referenceCode` field) and saves
 * the report file when --report was given. Resolves to the exit status: 2 when the file could not
 * be written (the diagnosis is printed all the same).
 */
export async function finishDiagnose(
  report: DiagnosisReport,
  opts: { json: boolean; lang: Lang; reportPath: string | null },
  write: { out: (text: string) => void; err: (text: string) => void } = {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  },
): Promise<number> {
  const referenceCode = referenceCodeFor(report, APP_VERSION);
  const t = createTranslator(opts.lang);
  write.out(
    opts.json
      ? `${JSON.stringify({ ...toJson(report, opts.lang), referenceCode })}\n`
      : `${renderHuman(report, opts.lang)}${t('code.heading')}: ${referenceCode}\n`,
  );
  if (opts.reportPath === null) return 0;
  try {
    await saveReportFile(opts.reportPath, report, opts.lang);
    write.err(`${t('code.file.saved', { path: opts.reportPath })}\n`);
    return 0;
  } catch (err) {
    const reason = (err as Error).message;
    write.err(`sendcheck: ${t('code.file.saveFailed', { path: opts.reportPath, reason })}\n`);
    return 2;
  }
}
