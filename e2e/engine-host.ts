/**
 * The real engine behind the main process's IPC handlers, as a JSON-lines process (stdin: calls,
 * stdout: answers and progress events). Started inside the lab's simulated PC:
 *   lab.spawn(['node', '--import', 'tsx', 'e2e/engine-host.ts'], { env: lab.env })
 * In:  {"id": 1, "channel": "diagnosis:start", "request": {...}}
 * Out: {"type": "event", "payload": {"runId": "...", "event": {...}}}  and  {"type": "result", "id": 1, "result": {...}}
 * Passwords arrive in login-test requests and are never echoed or logged.
 *
 * The app's web proxy comes from Chromium (electron/chromium-proxy.ts); there is no Chromium
 * here, so the system's proxy is read the way the command line reads it. On Linux both come to
 * the same: Chromium outside a desktop's own settings reads the same https_proxy environment.
 */
import { runDiagnosis, runLoginTest } from '../electron/engine/index.js';
import { readSystemProxy } from '../electron/engine/proxy/system.js';
import { serveJsonLines, writeEvent } from './json-lines-host.js';
import { createMainSide } from './main-side.js';

const main = createMainSide(
  {
    runDiagnosis: async (request, options) =>
      runDiagnosis(request, { ...options, config: { webProxy: await readSystemProxy() } }),
    runLoginTest,
  },
  writeEvent,
);

serveJsonLines(main, 'engine-host');
