/**
 * The real engine behind the main process's IPC handlers, as a JSON-lines process (stdin: calls,
 * stdout: answers and progress events). Started inside the lab's simulated PC:
 *   lab.spawn(['node', '--import', 'tsx', 'e2e/engine-host.ts'], { env: lab.env })
 * In:  {"id": 1, "channel": "diagnosis:start", "request": {...}}
 * Out: {"type": "event", "payload": {"runId": "...", "event": {...}}}  and  {"type": "result", "id": 1, "result": {...}}
 * Passwords arrive in login-test requests and are never echoed or logged.
 */
import { runDiagnosis, runLoginTest } from '../electron/engine/index.js';
import { serveJsonLines, writeEvent } from './json-lines-host.js';
import { createMainSide } from './main-side.js';

const main = createMainSide({ runDiagnosis, runLoginTest }, writeEvent);

serveJsonLines(main, 'engine-host');
