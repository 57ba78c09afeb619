import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { DiagnosisReport } from '../../../../shared/diagnosis.js';
import { selectReport } from '../../../store/selectors.js';
import { useAppStore } from '../../../store/store-context.js';
import { DisclosureButton } from '../../../app/disclosure-button.js';
import { CopyButton } from '../settings/copy-button.js';
import { ProbeTable } from './probe-table.js';
import { evidenceMessage, say } from '../../../../shared/i18n/messages.js';
import { useSay } from '../../../i18n/use-say.js';
import { supportText } from './support-text.js';
import { Transcripts } from './transcripts.js';

const GLOSSARY = ['op25b', 'port25', 'port587', 'port465', 'starttls'] as const;

/** The recommended settings in words: host, port, encryption, where they came from and how far checked. */
function recommendedWords(r: NonNullable<DiagnosisReport['recommended']>, t: TFunction): string {
  const trust = r.publishedOnly ? 'published' : r.verified ? 'verified' : 'unverified';
  return t('support.recommendedValue', {
    host: r.host,
    port: r.port,
    security: t(`code.security.${r.security}`),
    source: t(`support.source.${r.source}`),
    trust: t(`code.trust.${trust}`),
  });
}

/** The verdict, address, provider, stop and recommendation in one list, in words (no engine ids). */
function SupportSummary({ report }: { report: DiagnosisReport }) {
  const { t } = useTranslation();
  const r = report.recommended;
  return (
    <dl className="support-summary">
      <dt>{t('support.summary.verdict')}</dt>
      <dd>{t(`verdict.${report.verdict.code}.staff`)}</dd>
      <dt>{t('support.summary.confidence')}</dt>
      <dd>{t(`result.confidence.${report.verdict.confidence}`)}</dd>
      <dt>{t('support.summary.address')}</dt>
      <dd>
        <code>{report.email.ascii}</code>
      </dd>
      <dt>{t('support.summary.provider')}</dt>
      <dd>{report.provider ? report.provider.name : t('support.summary.providerUnknown')}</dd>
      <dt>{t('support.summary.blockedAt')}</dt>
      <dd>{t(`code.place.${report.blockedAt ?? 'none'}`)}</dd>
      <dt>{t('support.summary.elapsed')}</dt>
      <dd>{t('time.ms', { value: report.elapsedMs })}</dd>
      <dt>{t('support.summary.recommended')}</dt>
      <dd>{r ? recommendedWords(r, t) : t('code.line.recommendedNone')}</dd>
    </dl>
  );
}

/** Every finding, in the catalogue's words. */
function EvidenceList({ report }: { report: DiagnosisReport }) {
  const { t } = useTranslation();
  const tr = useSay();
  return (
    <>
      <h3>{t('support.evidenceHeading')}</h3>
      <ul className="evidence">
        {report.evidence.map((e) => (
          <li key={`${e.id}-${e.probes.join(',')}`} data-severity={e.severity}>
            <span className="badge">{t(`support.severity.${e.severity}`)}</span>{' '}
            {say(tr, evidenceMessage(e))}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Step 6: one click shows the evidence, every probe and the SMTP transcripts, for helpdesk staff. */
export function SupportDetails() {
  const { t } = useTranslation();
  const report = useAppStore(selectReport);
  const open = useAppStore((s) => s.supportOpen);
  const setOpen = useAppStore((s) => s.setSupportOpen);
  if (report === null) return null;
  return (
    <section className="support" aria-label={t('support.heading')}>
      <DisclosureButton open={open} controls="support-body" onToggle={setOpen}>
        {open ? t('support.toggleHide') : t('support.toggleShow')}
      </DisclosureButton>
      <div id="support-body" className="support-body" hidden={!open}>
        {open && (
          <>
            <h2>{t('support.heading')}</h2>
            <p>{t('support.lead')}</p>
            <CopyButton
              value={supportText(report, t)}
              label={t('support.copyAll')}
              text={t('support.copyAll')}
            />
            <SupportSummary report={report} />
            <EvidenceList report={report} />
            <h3 id="probes-heading">{t('support.probesHeading')}</h3>
            <ProbeTable probes={report.probes} />
            <Transcripts probes={report.probes} />
            <h3>{t('support.glossaryHeading')}</h3>
            <ul className="glossary">
              {GLOSSARY.map((g) => (
                <li key={g}>{t(`support.glossary.${g}`)}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
