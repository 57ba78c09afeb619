/**
 * The readable part of a saved report: a static HTML page (no script runs, a CSP forbids any) with
 * every text escaped, then the report as JSON in a `<script type="application/json">` data block
 * whose `<`, `>` and `&` are written as \u escapes, so no text in a report can end the block or
 * open a tag. Opens with a double-click in any browser.
 */
import { aboutLines } from './about-facts.js';
import type { DiagnosisReport } from './diagnosis.js';
import { actionMessage, evidenceMessage, say, verdictMessages } from './i18n/messages.js';
import type { Translate } from './i18n/messages.js';
import type { ProbeResult } from './probe.js';
import { describeCode } from './reference-code-text.js';
import { decodeReferenceCode } from './reference-code.js';
import { DATA_BLOCK_CLOSE, DATA_BLOCK_OPEN, type ReportFile } from './report-file-format.js';
import { settingsToWrite } from './settings-to-write.js';
import type { Lang } from './verdict.js';

// No script at all, no requests: the page stays inert even if a browser ignored the data block.
const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const STYLE = `body{font-family:system-ui,"Hiragino Sans","Yu Gothic UI",Meiryo,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;line-height:1.6;color:#1a1a1a}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}
.code{font-size:1.4rem;font-family:ui-monospace,Consolas,monospace;letter-spacing:.1em}
table{border-collapse:collapse;width:100%;font-size:.85rem}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
pre{background:#f4f4f4;padding:.5rem;overflow-x:auto;font-size:.8rem;white-space:pre-wrap;word-break:break-all}`;

/** Escapes text for HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** JSON that can sit inside a script data block: no `<`, `>` or `&` (nor line separators) left raw. */
export function jsonForDataBlock(value: unknown): string {
  return JSON.stringify(value)
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
    .replaceAll('&', '\\u0026')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}

const esc = escapeHtml;
const li = (items: string[]) => items.map((i) => `<li>${esc(i)}</li>`).join('');

function target(p: ProbeResult): string {
  const ip = p.ip && p.ip !== p.host ? ` [${p.ip}]` : '';
  return `${p.host}${ip}${p.port !== null ? `:${p.port}` : ''}`;
}

function settingsSection(r: DiagnosisReport, t: Translate): string {
  const s = r.recommended;
  if (!s) return `<p>${esc(t('code.file.settingsNone'))}</p>`;
  // The user name as it would be written (settings-to-write.ts), or said as not known.
  const user = settingsToWrite(s, { email: r.email }).username;
  const username = user.known ? user.value : t('settings.values.ispUserId');
  const lines = [
    s.hostUnicode
      ? t('code.file.serverUnicode', { host: s.host, unicode: s.hostUnicode })
      : t('code.file.server', { host: s.host }),
    t('code.file.port', { port: s.port }),
    t('code.file.security', { security: t(`code.security.${s.security}`) }),
    t('code.file.auth', { auth: t(s.auth ? 'code.file.authOn' : 'code.file.authOff') }),
    t('code.file.username', { username }),
  ];
  if (s.publishedOnly) lines.push(t('code.file.published'));
  else if (!s.verified) lines.push(t('code.file.unverified'));
  return `<ul>${li(lines)}</ul>`;
}

function probesSection(r: DiagnosisReport, t: Translate): string {
  const head = (['role', 'target', 'outcome', 'time', 'detail'] as const)
    .map((c) => `<th>${esc(t(`code.file.columns.${c}`))}</th>`)
    .join('');
  const rows = r.probes
    .map((p) =>
      [`${p.role} (${p.kind})`, target(p), p.outcome, String(p.ms), p.detail]
        .map((c) => `<td>${esc(c)}</td>`)
        .join(''),
    )
    .map((cells) => `<tr>${cells}</tr>`)
    .join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

function transcriptsSection(r: DiagnosisReport, t: Translate): string {
  return r.probes
    .filter((p) => (p.smtp?.transcript.length ?? 0) > 0)
    .map((p) => {
      const lines = (p.smtp?.transcript ?? []).map((l) => `+${l.t}ms ${l.dir}: ${l.text}`);
      return `<h3>${esc(t('code.file.transcriptFor', { target: target(p) }))}</h3><pre>${esc(lines.join('\n'))}</pre>`;
    })
    .join('\n');
}

/** The first part of the page: title, reference code, when, who, and the code's summary. */
function headSection(file: ReportFile, t: Translate): string {
  const decoded = decodeReferenceCode(file.referenceCode);
  const when = `${file.createdAt.slice(0, 10)} ${file.createdAt.slice(11, 16)} UTC`;
  return [
    `<h1>${esc(t('code.file.title'))}</h1>`,
    `<p>${esc(t('code.file.intro'))}</p>`,
    `<p class="code">${esc(t('code.file.code', { code: file.referenceCode }))}</p>`,
    `<ul>${li([
      t('code.file.savedAt', { date: when }),
      t('code.file.address', { email: file.report.email.display }),
      t('code.file.appVersion', { version: file.about.appVersion }),
    ])}</ul>`,
    `<h2>${esc(t('code.file.summaryHeading'))}</h2>`,
    decoded.ok ? `<ul>${li(describeCode(decoded.summary, t))}</ul>` : '',
  ].join('\n');
}

/** The whole file: the readable page in one language, then the data block. */
export function renderReportHtml(file: ReportFile, lang: Lang, t: Translate): string {
  const r = file.report;
  const v = verdictMessages(r);
  const body = [
    headSection(file, t),
    `<h2>${esc(say(t, v.title))}</h2>`,
    `<p>${esc(say(t, v.explanation))}</p>`,
    `<h2>${esc(t('code.file.actionsHeading'))}</h2>`,
    `<ol>${li(r.verdict.actions.map((a) => say(t, actionMessage(a))))}</ol>`,
    `<h2>${esc(t('code.file.settingsHeading'))}</h2>`,
    settingsSection(r, t),
    `<h2>${esc(t('code.file.evidenceHeading'))}</h2>`,
    `<ul>${li(r.evidence.map((e) => t('code.file.evidence', { severity: t(`code.file.severity.${e.severity}`), text: say(t, evidenceMessage(e)) })))}</ul>`,
    `<h2>${esc(t('code.file.probesHeading'))}</h2>`,
    probesSection(r, t),
    `<h2>${esc(t('code.file.transcriptsHeading'))}</h2>`,
    transcriptsSection(r, t),
    file.appLog !== undefined
      ? `<h2>${esc(t('code.file.logHeading'))}</h2><pre>${esc(file.appLog)}</pre>`
      : '',
    file.about.facts ? `<hr><ul>${li(aboutLines(file.about.facts, t))}</ul>` : '',
    `<p>${esc(t('code.file.dataNote'))}</p>`,
  ].join('\n');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(CSP)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(t('code.file.pageTitle', { email: r.email.display }))}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
${DATA_BLOCK_OPEN}${jsonForDataBlock(file)}${DATA_BLOCK_CLOSE}
</body>
</html>
`;
}
