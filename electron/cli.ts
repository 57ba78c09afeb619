/**
 * SendCheck from a terminal: the same engine and the same plain words as the app
 * (docs/diagnosis.md, "The command line"). The router and the commands are in electron/cli/;
 * this file is the entry point (bundled to build/cli/cli.mjs) and the real world they run in.
 */
import { createInterface } from 'node:readline/promises';
import { processAccountsEnv } from './accounts/index.js';
import type { CliDeps } from './cli/command.js';
import { runCli } from './cli/router.js';
import { runDiagnosis } from './engine/index.js';
import { readSystemProxySettings } from './engine/proxy/system.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/** The real world: this process's environment, HOME, stdout/stderr, the terminal, the engine. */
export function processDeps(): CliDeps {
  const tty = process.stdin.isTTY === true;
  return {
    env: process.env,
    accounts: processAccountsEnv(),
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    ask: tty
      ? async (q) => {
          const rl = createInterface({ input: process.stdin, output: process.stderr });
          try {
            return /^(y|yes|はい)$/i.test((await rl.question(q)).trim());
          } finally {
            rl.close();
          }
        }
      : null,
    // The command line reads the system's proxy itself, the way the system applies it; a PAC
    // file it finds is recorded, not run.
    diagnose: async (request, signal) => {
      const { proxy, pac } = await readSystemProxySettings();
      return runDiagnosis(request, { signal, config: { webProxy: proxy, webProxyPac: pac } });
    },
    readStdin,
    stderrIsTerminal: process.stderr.isTTY === true,
    onInterrupt: (abort) => {
      process.once('SIGINT', abort);
      return () => process.off('SIGINT', abort);
    },
  };
}

/** Runs the CLI; resolves to the exit status. */
export function main(argv: string[]): Promise<number> {
  return runCli(argv, processDeps());
}

if (process.argv[1] && /cli\.(m?js|ts)$/.test(process.argv[1])) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`sendcheck: internal error: ${String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
