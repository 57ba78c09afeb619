/** Vitest helper: one lab for a test file, always stopped afterwards, even when tests fail. */
import { afterAll, beforeAll } from 'vitest';
import { startLab, type Lab } from './lab.js';
import type { ScenarioName } from './scenarios.js';

/** Starts a lab in beforeAll and stops it in afterAll; call the returned getter inside tests. */
export function useLab(opts: { scenario?: ScenarioName } = {}): () => Lab {
  let lab: Lab | undefined;
  beforeAll(async () => {
    lab = await startLab(opts);
  }, 60_000);
  afterAll(async () => {
    await lab?.stop();
    lab = undefined;
  }, 30_000);
  return () => {
    if (!lab) throw new Error('useLab: the lab is not running (did beforeAll fail?)');
    return lab;
  };
}
