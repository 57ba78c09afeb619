/**
 * TEST HELPER: the world of one in-process command-line run (electron/cli/command.ts CliDeps):
 * what it prints is kept, the diagnoses it asks for are recorded, and the engine is whatever the
 * test gives (a test never probes the network from here).
 */
import type { CliDeps } from '../../electron/cli/command.js';
import type { DiagnosisReport, DiagnosisRequest } from '../../shared/diagnosis.js';

/** CliDeps that record, with what was printed and asked. */
export interface RecordingDeps extends CliDeps {
  stdout(): string;
  stderr(): string;
  requests: DiagnosisRequest[];
}

/** The recording world; `report` is what every diagnosis answers (none: a diagnosis fails the test). */
export function cliDeps(over: Partial<CliDeps> & { report?: DiagnosisReport } = {}): RecordingDeps {
  let out = '';
  let err = '';
  const requests: DiagnosisRequest[] = [];
  const { report, ...rest } = over;
  return {
    env: { LANG: 'ja_JP.UTF-8' },
    accounts: { home: '/nonexistent-home', platform: 'linux' },
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    ask: null,
    diagnose: async (req) => {
      requests.push(req);
      if (!report) throw new Error('this test runs no diagnosis');
      return report;
    },
    readStdin: async () => '',
    stderrIsTerminal: false,
    onInterrupt: () => () => undefined,
    ...rest,
    stdout: () => out,
    stderr: () => err,
    requests,
  };
}
