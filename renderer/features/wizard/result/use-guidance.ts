/**
 * The guidance of the result on screen (shared/result-guidance.ts), with the settings in use now
 * as far as the screen knows them: the account the run was started from, or the server and port
 * typed on the address step.
 */
import type { DiagnosisReport } from '../../../../shared/diagnosis.js';
import {
  resultGuidance,
  type Guidance,
  type KnownCurrent,
} from '../../../../shared/result-guidance.js';
import { useAppStore } from '../../../store/store-context.js';
import { changesFor, selectRunAccount, settingsFor } from '../fix/current-settings.js';

/** The settings in use now against the recommended ones, or null when they are not known. */
export function knownCurrent(
  report: DiagnosisReport,
  account: ReturnType<typeof selectRunAccount>,
): KnownCurrent | null {
  const rec = report.recommended;
  if (rec === null) return null;
  if (account !== null)
    return { differs: changesFor(account, rec, report.email, account).some((r) => r.changed) };
  const { server, port } = report.request;
  if (server === null || port === null) return null;
  const next = settingsFor(rec, report.email, null);
  return { differs: server.toLowerCase() !== next.host.toLowerCase() || port !== next.port };
}

/** What the result says to do with the settings: change, keep and do something else, or fine. */
export function useGuidance(report: DiagnosisReport | null): Guidance | null {
  const account = useAppStore(selectRunAccount);
  if (report === null) return null;
  return resultGuidance(report.verdict.code, knownCurrent(report, account));
}
