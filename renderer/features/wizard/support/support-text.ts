import type { TFunction } from 'i18next';
import type { DiagnosisReport } from '../../../../shared/diagnosis.js';
import {
  evidenceMessage,
  say,
  verdictMessages,
  type Translate,
} from '../../../../shared/i18n/messages.js';

/** The probe's target as the helpdesk reads it: host [ip]:port. */
export function probeTarget(p: DiagnosisReport['probes'][number]): string {
  const ip = p.ip && p.ip !== p.host ? ` [${p.ip}]` : '';
  const port = p.port !== null ? `:${p.port}` : '';
  return `${p.host}${ip}${port}`;
}

/** The whole report as plain text for "copy all details": summary, evidence, probes, transcripts. */
export function supportText(report: DiagnosisReport, t: TFunction): string {
  const r = report.recommended;
  const tr = t as unknown as Translate;
  const lines: string[] = [
    t('support.text.title'),
    t('support.text.verdict', {
      code: report.verdict.code,
      confidence: report.verdict.confidence,
    }),
    say(tr, verdictMessages(report).title),
    t('support.text.address', { display: report.email.display, ascii: report.email.ascii }),
    report.provider
      ? t('support.text.provider', { name: report.provider.name, id: report.provider.id })
      : t('support.text.providerUnknown'),
    t('support.text.blockedAt', { place: report.blockedAt ?? '-' }),
    t('support.text.elapsed', { ms: String(report.elapsedMs) }),
    // The settings in the engine's own terms, for staff: host:port, security, user, how known.
    t('support.text.recommended', {
      settings: r
        ? `${r.host}:${r.port} ${r.security} auth user=${r.username} verified=${String(r.verified)} source=${r.source}`
        : '-',
    }),
    '',
    `## ${t('support.evidenceHeading')}`,
    ...report.evidence.map((e) => `[${e.severity}] ${say(tr, evidenceMessage(e))}`),
    '',
    `## ${t('support.probesHeading')}`,
    ...report.probes.map(
      (p) => `${p.role}\t${p.kind}\t${probeTarget(p)}\t${p.outcome}\t${p.ms} ms\t${p.detail}`,
    ),
  ];
  for (const p of report.probes) {
    const transcript = p.smtp?.transcript ?? [];
    if (transcript.length === 0) continue;
    lines.push('', `## ${p.kind} ${probeTarget(p)}`);
    for (const l of transcript) lines.push(`+${l.t}ms ${l.dir}: ${l.text}`);
  }
  return lines.join('\n');
}
