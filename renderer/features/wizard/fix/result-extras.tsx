/**
 * What the result screen adds around the settings card, in two places: before it, the table of
 * current against recommended settings and (Thunderbird) "Fix it for me", offered only when the
 * trust gate allows the write (shared/trust-gate.ts; otherwise one sentence says why not); after
 * it, "check again" and "Save report" (the reference code is near the top: code-panel.tsx). A
 * saved report shown to support staff gets the table only.
 */
import { useTranslation } from 'react-i18next';
import { writeDecision } from '../../../../shared/trust-gate.js';
import { selectReport } from '../../../store/selectors.js';
import { useAppStore } from '../../../store/store-context.js';
import { useReadOnly } from '../staff/read-only.js';
import { ChangesTable } from './changes-table.js';
import { SaveReportPanel } from './code-panel.js';
import { changesFor, selectRunAccount } from './current-settings.js';
import { FixPanel } from './fix-panel.js';
import { VerifyPanel } from './verify-panel.js';

/** The account the run on screen was started from, or null. */
function useRunAccount() {
  return useAppStore(selectRunAccount);
}

/** Before the settings card: what to change, and "Fix it for me" where SendCheck can. */
export function BeforeSettings() {
  const { t } = useTranslation();
  const report = useAppStore(selectReport);
  const account = useRunAccount();
  const readOnly = useReadOnly();
  if (report === null || report.recommended === null) return null;
  // Typed server and port are already marked on the settings card; the table needs every field.
  const rows =
    account !== null ? changesFor(account, report.recommended, report.email, account) : null;
  const writes = account?.program === 'thunderbird' || account?.program === 'becky';
  const fixable = readOnly === null && account !== null && account.fixable && writes;
  // Becky! has its own words where the Thunderbird ones name the program.
  const words = account?.program === 'becky' ? 'fix.becky' : 'fix.fixIt';
  const decision = writeDecision(report);
  return (
    <>
      {/* A suggestion is not something to change to yet: the settings card warns about it first. */}
      {rows && !report.recommended.needsConfirmation && (
        <ChangesTable rows={rows} recommended={report.recommended} />
      )}
      {fixable && decision.ok && <FixPanel />}
      {fixable && !decision.ok && decision.block !== 'no_recommended' && (
        <p className="fix-not-offered" data-block={decision.block}>
          {t(`${words}.notOffered.${decision.block}`)}
        </p>
      )}
    </>
  );
}

/** After the settings card: "check again" (only where settings change, not for a saved report) and "Save report". */
export function AfterSettings({ checkAgain }: { checkAgain: boolean }) {
  const report = useAppStore(selectReport);
  const account = useRunAccount();
  const readOnly = useReadOnly();
  if (report === null) return null;
  const canCheck =
    checkAgain && readOnly === null && (account !== null || report.recommended !== null);
  return (
    <>
      {canCheck && <VerifyPanel report={report} fromAccount={account !== null} />}
      <SaveReportPanel report={report} />
    </>
  );
}
