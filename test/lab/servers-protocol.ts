/** What the lab tells its server process: the config file at start, then knob changes on stdin. */
import type { ServerKnobs } from './scenarios.js';
import type { LabServer, ServerId } from './topology.js';

/** Knobs for every server that differs from healthy. */
export type KnobMap = Partial<Record<ServerId, ServerKnobs>>;

/** The JSON file passed as the server process's only argument. */
export interface ServersConfig {
  /** The lab CA's certificate is written here before READY. */
  caFile: string;
  account: { user: string; password: string };
  /** Every AUTH attempt any server receives is appended here (auth-log.ts). */
  authLog: string;
  servers: LabServer[];
  knobs: KnobMap;
}

/**
 * One stdin line: switch to these knobs; answered with `APPLIED <id>` or `ERROR <id> <message>`.
 * Without knobs it changes nothing and only answers, once the connections that had already
 * arrived were served: the lab reads the AUTH log after it.
 */
export interface ApplyMessage {
  id: number;
  knobs?: KnobMap;
}

/** The stdout line that says every listener is bound and every certificate issued. */
export const READY_LINE = 'READY';
