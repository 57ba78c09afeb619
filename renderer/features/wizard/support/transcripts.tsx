import { useTranslation } from 'react-i18next';
import type { ProbeResult } from '../../../../shared/probe.js';

/** The SMTP transcripts (AUTH already redacted by the engine), one fold per probe, with the certificate. */
export function Transcripts({ probes }: { probes: ProbeResult[] }) {
  const { t } = useTranslation();
  const withTranscript = probes.filter((p) => (p.smtp?.transcript.length ?? 0) > 0);
  if (withTranscript.length === 0) return null;
  return (
    <section aria-labelledby="transcripts-heading">
      <h3 id="transcripts-heading">{t('support.transcriptHeading')}</h3>
      {withTranscript.map((p) => {
        const tls = p.smtp?.tls ?? null;
        return (
          <details key={p.id} className="transcript">
            <summary>
              {t('support.transcriptFor', { host: p.host, port: p.port ?? '-' })} —{' '}
              <code>{p.outcome}</code>
            </summary>
            {tls && (
              <p className="cert-line">
                {t('support.certificate', {
                  subject: tls.subject,
                  issuer: tls.issuer,
                  validTo: tls.validTo,
                  status: tls.verified
                    ? t('support.certOk')
                    : t('support.certBad', { error: tls.verifyError ?? '?' }),
                })}
              </p>
            )}
            <pre>
              {(p.smtp?.transcript ?? []).map((l) => `+${l.t}ms ${l.dir}: ${l.text}`).join('\n')}
            </pre>
          </details>
        );
      })}
    </section>
  );
}
