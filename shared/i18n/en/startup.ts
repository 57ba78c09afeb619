import type { Widen } from '../catalogue.js';
import type { startup as jaStartup } from '../ja/startup.js';

/** What the main process says when start-up or the window fails, in English: the keys of ja/startup.ts. */
export const startup: Widen<typeof jaStartup> = {
  title: 'SendCheck could not start',
  failed: 'Something went wrong while SendCheck was starting, so it will close.',
  windowFailed: 'SendCheck’s window stopped working, so SendCheck will close.',
  detail: 'Cause: {{reason}}',
  logAt: 'A record of what happened is in this file: {{path}}',
  sendLog: 'If you contact us, please send this file.',
  retry: 'Please start SendCheck again. If the same thing happens, please contact us.',
};
