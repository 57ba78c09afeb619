import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiagnosisReport } from '../../../../shared/diagnosis.js';
import type { ProbeResult } from '../../../../shared/probe.js';
import { loginProbeOf, type LoginState } from '../../../store/run-state.js';
import { useAppStore } from '../../../store/store-context.js';
import { DisclosureButton } from '../../../app/disclosure-button.js';
import { PasswordInput } from '../../../app/labelled-input.js';

const NOT_RUN: LoginState = { status: 'idle' };

/** The login test's sentence for a finished login probe. */
function useOutcomeText(): (probe: ProbeResult, report: DiagnosisReport) => string {
  const { t } = useTranslation();
  return (probe, report) => {
    switch (probe.outcome) {
      case 'rejected': {
        // An app password is named only where the provider's data says it has them.
        const p = report.provider;
        const app = p?.appPassword === 'available' || p?.appPassword === 'required';
        return app
          ? t('login.result.rejected', { context: 'appPassword', provider: p.name })
          : t('login.result.rejected');
      }
      case 'accepted':
      case 'unavailable':
      case 'withheld':
        return t(`login.result.${probe.outcome}`);
      case 'unresolved': {
        // Name the server the way the settings card shows it (Unicode for an IDN).
        const rec = report.recommended;
        const host = rec?.host === probe.host ? (rec.hostUnicode ?? rec.host) : probe.host;
        return t('login.result.unresolved', { host });
      }
      default:
        return t('login.result.error');
    }
  };
}

/** The line under the form: what the last login test found, or why it could not run. */
function LoginResult() {
  const { t } = useTranslation();
  const outcomeText = useOutcomeText();
  const run = useAppStore((s) => s.run);
  const login = run.status === 'done' ? run.login : NOT_RUN;
  const report = run.status === 'done' ? run.report : null;
  const probe = loginProbeOf(report);
  let outcome: string | undefined;
  let text = '';
  if (login.status === 'failed') {
    outcome = 'error';
    text = t('login.failed', { message: t(`errors.ipc.${login.error.code}`) });
  } else if (login.status !== 'testing' && probe !== null && report !== null) {
    outcome = probe.outcome;
    text = outcomeText(probe, report);
  }
  return (
    <div className="login-result" role="status" data-outcome={outcome}>
      {text}
    </div>
  );
}

/** The optional login test: the password lives in this component only until it is sent, then is cleared. */
export function LoginTest() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  const [empty, setEmpty] = useState(false);
  const testing = useAppStore((s) => s.run.status === 'done' && s.run.login.status === 'testing');
  const testLogin = useAppStore((s) => s.testLogin);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (password === '') {
      setEmpty(true);
      return;
    }
    setEmpty(false);
    void testLogin(password);
    // Nothing keeps the password after it has been handed over.
    setPassword('');
  };

  return (
    <section className="login-test" aria-labelledby="login-heading">
      <h3 id="login-heading">
        <DisclosureButton open={open} controls="login-body" onToggle={setOpen}>
          {t('login.heading')}
        </DisclosureButton>
      </h3>
      <div id="login-body" hidden={!open}>
        <p>{t('login.lead')}</p>
        <p className="privacy">{t('login.privacy')}</p>
        <form onSubmit={onSubmit} noValidate>
          <PasswordInput
            id="password"
            label={t('login.passwordLabel')}
            problem={empty ? t('login.empty') : null}
            value={password}
            onChange={setPassword}
          />
          <div className="actions actions-start">
            <button type="submit" className="primary" disabled={testing}>
              {testing ? t('login.running') : t('login.submit')}
            </button>
          </div>
        </form>
      </div>
      <LoginResult />
    </section>
  );
}
