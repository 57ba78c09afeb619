/** How the CLI prints a report: the catalogue's plain words for people, one JSON object for scripts. */
import type { DiagnosisReport, RecommendedSettings } from '../../shared/diagnosis.js';
import { createTranslator } from '../../shared/i18n/i18next-options.js';
import {
  actionMessage,
  evidenceMessage,
  say,
  verdictMessages,
  type Translate,
} from '../../shared/i18n/messages.js';
import { settingsToWrite } from '../../shared/settings-to-write.js';
import type { Lang } from '../../shared/verdict.js';

const MARK = { problem: '✗', ok: '✓', info: '•' } as const;

/** The verdict's words in one language: title, explanation, actions. */
export function verdictWords(
  r: DiagnosisReport,
  t: Translate,
): { title: string; explanation: string; actions: string[] } {
  const m = verdictMessages(r);
  return {
    title: say(t, m.title),
    explanation: say(t, m.explanation),
    actions: r.verdict.actions.map((a) => say(t, actionMessage(a))),
  };
}

/** The account a report was made for, when one was: its user name fills an ISP's user id. */
type ForAccount = { username: string } | null;

function settingsLines(r: DiagnosisReport, account: ForAccount, t: Translate): string[] {
  const s: RecommendedSettings | null = r.recommended;
  if (!s) return ['', t('cli.line.settings'), `  ${t('cli.noSettings')}`];
  // The user name as it would be written (shared/settings-to-write.ts), or said as not known.
  const user = settingsToWrite(s, { email: r.email, account }).username;
  const out = ['', t('cli.line.settings')];
  out.push(
    `  ${
      s.hostUnicode
        ? t('cli.line.serverUnicode', { host: s.host, unicode: s.hostUnicode })
        : t('cli.line.server', { host: s.host })
    }`,
  );
  out.push(`  ${t('cli.line.port', { port: s.port })}`);
  out.push(`  ${t('cli.line.security', { security: t(`cli.${s.security}`) })}`);
  if (s.auth) out.push(`  ${t('cli.line.auth', { auth: t('cli.authOn') })}`);
  out.push(
    `  ${t('cli.line.user', { user: user.known ? user.value : t('settings.values.ispUserId') })}`,
  );
  if (s.needsConfirmation) {
    // A suggestion: who named it and why it is not trusted, then how to confirm it.
    const values = { host: s.host, namedBy: s.needsConfirmation.namedBy };
    out.push(`  ${t('cli.suggested')}`);
    out.push(`  ${t(`settings.suggested.reason.${s.needsConfirmation.reason}`, values)}`);
    out.push(`  ${t('cli.acceptHint', values)}`);
  } else if (s.publishedOnly) out.push(`  ${t('cli.published')}`);
  else if (!s.verified)
    out.push(`  ${t(r.verdict.code === 'pc_clock' ? 'cli.unverifiedClock' : 'cli.unverified')}`);
  return out;
}

/** The report as plain text in one language (for an account: its user name fills an ISP's user id). */
export function renderHuman(r: DiagnosisReport, lang: Lang, account: ForAccount = null): string {
  const t = createTranslator(lang);
  const words = verdictWords(r, t);
  const out: string[] = [t('cli.line.verdict', { title: words.title }), '', words.explanation, ''];
  out.push(t('cli.line.todo'));
  words.actions.forEach((a, i) => out.push(`  ${i + 1}. ${a}`));
  out.push(...settingsLines(r, account, t));
  out.push('', t('cli.line.evidence'));
  for (const e of r.evidence) out.push(`  ${MARK[e.severity]} ${say(t, evidenceMessage(e))}`);
  out.push(
    '',
    t('cli.line.footer', {
      confidence: t(`cli.${r.verdict.confidence}`),
      ms: String(r.elapsedMs),
      code: r.verdict.code,
    }),
    '',
  );
  return out.join('\n');
}

/** The report as the CLI's JSON contract: texts in the chosen language, probes with their raw details. */
export function toJson(r: DiagnosisReport, lang: Lang): Record<string, unknown> {
  const t = createTranslator(lang);
  const words = verdictWords(r, t);
  return {
    verdict: {
      code: r.verdict.code,
      title: words.title,
      explanation: words.explanation,
      confidence: r.verdict.confidence,
      actions: words.actions,
      actionIds: r.verdict.actions,
    },
    recommended: r.recommended,
    evidence: r.evidence.map((e) => ({
      id: e.id,
      severity: e.severity,
      params: e.params,
      text: say(t, evidenceMessage(e)),
      probes: e.probes,
    })),
    probes: r.probes.map((p) => ({
      kind: p.kind,
      host: p.host,
      ip: p.ip,
      port: p.port,
      outcome: p.outcome,
      ms: p.ms,
      detail: p.detail,
      id: p.id,
      role: p.role,
      ...(p.source ? { source: p.source } : {}),
      ...(p.smtp ? { smtp: p.smtp } : {}),
      ...(p.dns ? { dns: p.dns } : {}),
      ...(p.web ? { web: p.web } : {}),
    })),
    elapsedMs: r.elapsedMs,
    email: r.email,
    provider: r.provider,
    blockedAt: r.blockedAt,
    lang,
  };
}
