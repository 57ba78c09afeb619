import { useTranslation } from 'react-i18next';
import type { MailAccount, ProgramStatus } from '../../../../shared/accounts.js';
import { useAppStore } from '../../../store/store-context.js';

/** The question asked once before SendCheck reads any mail program's settings. */
function ConsentQuestion() {
  const { t } = useTranslation();
  const answer = useAppStore((s) => s.answerConsent);
  return (
    <div className="consent">
      <h2 id="accounts-heading">{t('fix.consent.question')}</h2>
      <p>{t('fix.consent.lead')}</p>
      <div className="actions actions-start">
        <button type="button" className="primary" onClick={() => void answer(true)}>
          {t('fix.consent.yes')}
        </button>
        <button type="button" className="secondary" onClick={() => void answer(false)}>
          {t('fix.consent.no')}
        </button>
      </div>
    </div>
  );
}

/** One account as a button: one click diagnoses its address, server and port. */
function AccountButton({ account }: { account: MailAccount }) {
  const { t } = useTranslation();
  const diagnose = useAppStore((s) => s.diagnoseAccount);
  // Which Thunderbird, when there is more than the regular one (snap, flatpak, Microsoft Store).
  const program =
    account.install && account.install !== 'classic'
      ? t(`accounts.install.${account.install}`)
      : t(`programs.${account.program}.name`);
  const noEmail = account.email === '';
  return (
    <li>
      <button
        type="button"
        className="account-button"
        data-account={account.id}
        disabled={noEmail}
        aria-describedby={noEmail ? `no-email-${account.id}` : undefined}
        onClick={() => diagnose(account)}
      >
        <span className="account-name">{account.account}</span>
        <span className="account-email">{account.email}</span>
        <span className="account-meta">
          {program} · {t('fix.accounts.server', { host: account.host, port: account.port })}
        </span>
        {!noEmail && <span className="account-go">{t('fix.accounts.check')}</span>}
      </button>
      {noEmail && (
        <p id={`no-email-${account.id}`} className="hint">
          {t('fix.accounts.noEmail')}
        </p>
      )}
    </li>
  );
}

/**
 * Programs macOS did not let SendCheck read: said in plain words, with the steps to give it Full
 * Disk Access, and the way on without it (Start, then type the address).
 */
function NotPermitted({ programs }: { programs: ProgramStatus[] }) {
  const { t } = useTranslation();
  const refused = programs.filter((p) => p.status === 'not_permitted');
  if (refused.length === 0) return null;
  const steps = t('fix.accounts.fullDiskAccess.steps', { returnObjects: true });
  return (
    <div className="notice not-permitted">
      {refused.map((p) => (
        <p key={p.program}>
          {t('fix.accounts.notPermitted', { program: t(`programs.${p.program}.name`) })}
        </p>
      ))}
      <p>{t('fix.accounts.fullDiskAccess.lead')}</p>
      <ol>
        {steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <p className="hint">{t('fix.accounts.fullDiskAccess.older')}</p>
      <p>{t('fix.accounts.fullDiskAccess.manual')}</p>
    </div>
  );
}

/** What the look-up found: a list to pick from, or why there is none. */
function AccountList() {
  const { t } = useTranslation();
  const accounts = useAppStore((s) => s.accounts);
  if (accounts.status === 'idle' || accounts.status === 'loading') {
    return (
      <p role="status" className="accounts-loading">
        {t('fix.accounts.loading')}
      </p>
    );
  }
  if (accounts.status === 'failed') {
    return (
      <p role="alert" className="notice notice-error">
        {t('fix.accounts.failed')}
      </p>
    );
  }
  const found = accounts.accounts;
  return (
    <>
      <h2 id="accounts-heading">{t('fix.accounts.heading')}</h2>
      {found.length === 0 ? (
        <p role="status">{t('fix.accounts.none')}</p>
      ) : (
        <>
          <p role="status">{t('fix.accounts.pick')}</p>
          <ul className="account-list">
            {found.map((a) => (
              <AccountButton key={a.id} account={a} />
            ))}
          </ul>
        </>
      )}
      <NotPermitted programs={accounts.programs} />
    </>
  );
}

/** On the start screen: the consent question, then the accounts found (or the manual way). */
export function AccountPicker() {
  const { t } = useTranslation();
  const consent = useAppStore((s) => s.consent);
  const answer = useAppStore((s) => s.answerConsent);
  return (
    <section className="account-picker" aria-labelledby="accounts-heading">
      {consent === 'unasked' && <ConsentQuestion />}
      {consent === 'granted' && <AccountList />}
      {consent === 'declined' && (
        <>
          <h2 id="accounts-heading" className="sr-only">
            {t('fix.consent.heading')}
          </h2>
          <p>{t('fix.consent.declined')}</p>
          <button type="button" className="disclosure" onClick={() => void answer(true)}>
            {t('fix.consent.askAgain')}
          </button>
        </>
      )}
    </section>
  );
}
