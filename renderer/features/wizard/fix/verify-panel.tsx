import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiagnosisReport, RecommendedSettings } from '../../../../shared/diagnosis.js';
import { say, verdictMessages, type Translate } from '../../../../shared/i18n/messages.js';
import { MAIL_PORTS, type CheckResult } from '../../../../shared/ipc-contract.js';
import { useSay } from '../../../i18n/use-say.js';
import { useAppStore } from '../../../store/store-context.js';
import { LabelledInput, PasswordInput } from '../../../app/labelled-input.js';
import { ChangesTable } from './changes-table.js';
import { changesFor } from './current-settings.js';

/** The sentence about the login test of a check, or null when none ran. */
function loginText(result: CheckResult, t: Translate): string | null {
  switch (result.login) {
    case 'accepted':
      return t('fix.verify.worksLogin');
    case 'rejected':
      return t('fix.verify.loginRejected');
    case 'unavailable':
      return t('fix.verify.loginUnavailable');
    case 'error':
      return t('fix.verify.loginError');
    case 'not_tried':
      return null;
  }
}

/** "Did the test mail arrive?": what the check cannot prove, asked of the person who can see it. */
export function TestArrived({
  onAnswer,
  noText = 'fix.verify.arrived.noText',
}: {
  onAnswer?: (answer: 'yes' | 'no') => void;
  /** What to do when it did not arrive (the state after "Fix it for me" has its own). */
  noText?: 'fix.verify.arrived.noText' | 'fix.fixed.noText';
}) {
  const { t } = useTranslation();
  const [answer, setAnswerState] = useState<'yes' | 'no' | null>(null);
  const setAnswer = (a: 'yes' | 'no') => {
    setAnswerState(a);
    onAnswer?.(a);
  };
  return (
    <div className="test-arrived" role="group" aria-labelledby="test-arrived-question">
      <p id="test-arrived-question" className="test-arrived-question">
        {t('fix.verify.arrived.question')}
      </p>
      <div className="actions actions-start">
        <button
          type="button"
          className="secondary"
          aria-pressed={answer === 'yes'}
          onClick={() => setAnswer('yes')}
        >
          {t('fix.verify.arrived.yes')}
        </button>
        <button
          type="button"
          className="secondary"
          aria-pressed={answer === 'no'}
          onClick={() => setAnswer('no')}
        >
          {t('fix.verify.arrived.no')}
        </button>
      </div>
      <p role="status" className="test-arrived-answer" data-answer={answer ?? ''}>
        {answer === 'yes' && t('fix.verify.arrived.yesText')}
        {answer === 'no' && t(noText)}
      </p>
    </div>
  );
}

/** What the check found: what the server accepted, or what is still wrong. */
function VerifyOutcome({
  result,
  recommended,
  askArrived,
}: {
  result: CheckResult;
  recommended: RecommendedSettings | null;
  askArrived: boolean;
}) {
  const { t } = useTranslation();
  const tr = useSay();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [result]);
  const login = loginText(result, tr);
  if (result.works) {
    return (
      <div className="verify-outcome" data-works="true">
        <h3 ref={heading} tabIndex={-1}>
          {t('fix.verify.works')}
        </h3>
        <p className="verify-checked">
          {t('fix.verify.checkedSettings', {
            host: result.checked.host,
            port: result.checked.port,
          })}
        </p>
        {login && <p>{login}</p>}
        <p>{t('fix.verify.worksLead')}</p>
        {askArrived && <TestArrived />}
      </div>
    );
  }
  const words = verdictMessages(result.report);
  const rec = result.report.recommended ?? recommended;
  return (
    <div className="verify-outcome" data-works="false" data-verdict={result.report.verdict.code}>
      <h3 ref={heading} tabIndex={-1}>
        {t('fix.verify.notYet')}
      </h3>
      {login && <p className="verify-login">{login}</p>}
      <p>
        <strong>{say(tr, words.title)}</strong> {say(tr, words.explanation)}
      </p>
      {rec && (
        <ChangesTable
          rows={changesFor(result.checked, rec, result.report.email, result.account ?? null)}
          recommended={rec}
          headingLevel={3}
        />
      )}
    </div>
  );
}

/** Server and port as the mail program shows them now, when no mail program could be read again. */
function TypedFields({
  server,
  port,
  problems,
  onServer,
  onPort,
}: {
  server: string;
  port: string;
  problems: { server: boolean; port: boolean };
  onServer: (v: string) => void;
  onPort: (v: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="verify-typed">
      <LabelledInput
        id="verify-server"
        className="field"
        label={t('fix.verify.serverLabel')}
        hint={t('fix.verify.serverHint')}
        problem={problems.server ? t('fix.verify.serverMissing') : null}
        input={{
          type: 'text',
          autoComplete: 'off',
          spellCheck: false,
          value: server,
          onChange: (e) => onServer(e.target.value),
        }}
      />
      <div className="field field-short">
        <label htmlFor="verify-port">{t('fix.verify.portLabel')}</label>
        <select
          id="verify-port"
          value={port}
          aria-invalid={problems.port ? true : undefined}
          aria-describedby={problems.port ? 'verify-port-error' : undefined}
          onChange={(e) => onPort(e.target.value)}
        >
          <option value="">{t('fix.verify.portChoose')}</option>
          {MAIL_PORTS.map((p) => (
            <option key={p} value={String(p)}>
              {p}
            </option>
          ))}
        </select>
        {problems.port && (
          <p id="verify-port-error" className="field-error">
            {t('fix.verify.portMissing')}
          </p>
        )}
      </div>
    </div>
  );
}

/** "I've changed it: check again": the settings in use now, with an optional login test. */
export function VerifyPanel({
  report,
  fromAccount,
  askArrived = true,
}: {
  report: DiagnosisReport;
  fromAccount: boolean;
  /** Whether a success asks "did the test arrive?" (not where the page asked it already). */
  askArrived?: boolean;
}) {
  const { t } = useTranslation();
  const verify = useAppStore((s) => s.verify);
  const verifySettings = useAppStore((s) => s.verifySettings);
  const rec = report.recommended;
  // Empty, never the recommended values: a check of what the user did not type proves nothing.
  const [server, setServer] = useState('');
  const [port, setPort] = useState('');
  const [problems, setProblems] = useState({ server: false, port: false });
  const [password, setPassword] = useState('');
  const checking = verify.status === 'checking';
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!fromAccount) {
      const missing = { server: server.trim() === '', port: port === '' };
      setProblems(missing);
      if (missing.server || missing.port) {
        document.getElementById(missing.server ? 'verify-server' : 'verify-port')?.focus();
        return;
      }
    }
    void verifySettings({
      ...(password !== '' ? { password } : {}),
      ...(fromAccount ? {} : { typed: { server: server.trim(), port: Number(port) } }),
    });
    // The password goes with this one call and is not kept on screen.
    setPassword('');
  };

  return (
    <section className="verify-panel" aria-labelledby="verify-heading">
      <h2 id="verify-heading">{t('fix.verify.heading')}</h2>
      <p>{fromAccount ? t('fix.verify.leadAccount') : t('fix.verify.leadTyped')}</p>
      <form onSubmit={onSubmit} noValidate>
        {!fromAccount && (
          <TypedFields
            server={server}
            port={port}
            problems={problems}
            onServer={setServer}
            onPort={setPort}
          />
        )}
        <PasswordInput
          id="verify-password"
          label={t('fix.verify.passwordLabel')}
          hint={t('fix.verify.passwordHint')}
          value={password}
          onChange={setPassword}
        />
        <div className="actions actions-start">
          <button type="submit" className="primary" disabled={checking}>
            {checking ? t('fix.verify.checking') : t('fix.verify.button')}
          </button>
        </div>
      </form>
      <div role="status" className="verify-status">
        {checking && t('fix.verify.checking')}
        {verify.status === 'failed' &&
          t('fix.verify.failed', { message: t(`errors.ipc.${verify.error.code}`) })}
      </div>
      {verify.status === 'checked' && (
        <VerifyOutcome result={verify.result} recommended={rec} askArrived={askArrived} />
      )}
    </section>
  );
}
