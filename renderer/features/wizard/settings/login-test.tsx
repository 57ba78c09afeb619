import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_PASSWORD_LENGTH } from '../../../../shared/ipc-validators.js';
import { loginProbeOf } from '../../../store/run-slice.js';
import { useAppStore } from '../../../store/store-context.js';

type LoginOutcome = 'accepted' | 'rejected' | 'unavailable' | 'error';

function asLoginOutcome(outcome: string): LoginOutcome {
  return outcome === 'accepted' || outcome === 'rejected' || outcome === 'unavailable'
    ? outcome
    : 'error';
}

/** The optional login test: the password lives in this component only until it is sent, then is cleared. */
export function LoginTest() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  const [empty, setEmpty] = useState(false);
  const loginStatus = useAppStore((s) => s.loginStatus);
  const loginError = useAppStore((s) => s.loginError);
  const loginOutcome = useAppStore((s) => loginProbeOf(s.report)?.outcome ?? null);
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
        <button
          type="button"
          className="disclosure"
          aria-expanded={open}
          aria-controls="login-body"
          onClick={() => setOpen(!open)}
        >
          {t('login.heading')}
        </button>
      </h3>
      <div id="login-body" hidden={!open}>
        <p>{t('login.lead')}</p>
        <p className="privacy">{t('login.privacy')}</p>
        <form onSubmit={onSubmit} noValidate>
          <div className="field">
            <label htmlFor="password">{t('login.passwordLabel')}</label>
            <input
              id="password"
              type="password"
              autoComplete="off"
              maxLength={MAX_PASSWORD_LENGTH}
              value={password}
              aria-invalid={empty ? true : undefined}
              aria-describedby={empty ? 'password-error' : undefined}
              onChange={(e) => setPassword(e.target.value)}
            />
            {empty && (
              <p id="password-error" className="field-error">
                {t('login.empty')}
              </p>
            )}
          </div>
          <div className="actions actions-start">
            <button type="submit" className="primary" disabled={loginStatus === 'running'}>
              {loginStatus === 'running' ? t('login.running') : t('login.submit')}
            </button>
          </div>
        </form>
      </div>
      <div
        className="login-result"
        role="status"
        data-outcome={loginError ? 'error' : (loginOutcome ?? undefined)}
      >
        {loginError
          ? t('login.failed', { message: t(`errors.ipc.${loginError.code}`) })
          : loginOutcome !== null && loginStatus !== 'running'
            ? t(`login.result.${asLoginOutcome(loginOutcome)}`)
            : ''}
      </div>
    </section>
  );
}
