/** How the CLI prints a report: plain words for people, one JSON object for scripts. */
import type { DiagnosisReport } from '../shared/diagnosis.js';
import type { Lang } from '../shared/verdict.js';

const LABELS = {
  ja: {
    verdict: '診断結果',
    todo: 'やること',
    settings: '送信サーバーの設定',
    server: 'サーバー',
    port: 'ポート',
    security: '暗号化',
    auth: '認証',
    user: 'ユーザー名',
    starttls: 'STARTTLS（接続後に暗号化）',
    tls: 'SSL/TLS（最初から暗号化）',
    authOn: 'オン（メールアドレスとパスワードでログイン）',
    unverified: '※ この設定はまだ応答を確認できていません',
    evidence: '根拠',
    confidence: '確からしさ',
    high: '高',
    medium: '中',
    low: '低',
    elapsed: '所要時間',
    ms: 'ミリ秒',
  },
  en: {
    verdict: 'Result',
    todo: 'What to do',
    settings: 'Outgoing server settings',
    server: 'Server',
    port: 'Port',
    security: 'Encryption',
    auth: 'Authentication',
    user: 'User name',
    starttls: 'STARTTLS (encrypt after connecting)',
    tls: 'SSL/TLS (encrypted from the start)',
    authOn: 'On (sign in with your address and password)',
    unverified: 'Note: these settings have not been seen answering yet',
    evidence: 'Evidence',
    confidence: 'Confidence',
    high: 'high',
    medium: 'medium',
    low: 'low',
    elapsed: 'Time taken',
    ms: 'ms',
  },
} as const;

/** The report as plain text in one language. */
export function renderHuman(r: DiagnosisReport, lang: Lang): string {
  const L = LABELS[lang];
  const out: string[] = [];
  out.push(`${L.verdict}: ${r.verdict.title[lang]}`, '', r.verdict.explanation[lang], '');
  out.push(`${L.todo}:`);
  r.verdict.actions[lang].forEach((a, i) => out.push(`  ${i + 1}. ${a}`));
  if (r.recommended) {
    const s = r.recommended;
    out.push('', `${L.settings}:`);
    out.push(`  ${L.server}: ${s.host}${s.hostUnicode ? ` (${s.hostUnicode})` : ''}`);
    out.push(`  ${L.port}: ${s.port}`);
    out.push(`  ${L.security}: ${L[s.security]}`);
    out.push(`  ${L.auth}: ${L.authOn}`);
    out.push(`  ${L.user}: ${s.username}`);
    if (!s.verified) out.push(`  ${L.unverified}`);
  }
  out.push('', `${L.evidence}:`);
  for (const e of r.evidence)
    out.push(
      `  ${e.severity === 'problem' ? '✗' : e.severity === 'ok' ? '✓' : '•'} ${e.text[lang]}`,
    );
  out.push(
    '',
    `${L.confidence}: ${L[r.verdict.confidence]}   ${L.elapsed}: ${r.elapsedMs} ${L.ms}   [${r.verdict.code}]`,
    '',
  );
  return out.join('\n');
}

/** The report as the CLI's JSON contract: texts in the chosen language, probes with their raw details. */
export function toJson(r: DiagnosisReport, lang: Lang): Record<string, unknown> {
  return {
    verdict: {
      code: r.verdict.code,
      title: r.verdict.title[lang],
      explanation: r.verdict.explanation[lang],
      confidence: r.verdict.confidence,
      actions: r.verdict.actions[lang],
    },
    recommended: r.recommended,
    evidence: r.evidence.map((e) => ({
      id: e.id,
      severity: e.severity,
      text: e.text[lang],
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
    })),
    elapsedMs: r.elapsedMs,
    email: r.email,
    provider: r.provider,
    blockedAt: r.blockedAt,
    lang,
  };
}
