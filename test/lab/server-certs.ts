/**
 * Certificates for the simulated servers, per server and variant, issued on first use.
 * RSA key generation takes a few hundred ms per certificate on a small machine, so the work is
 * spread over worker threads. test-ca cannot reload a CA from PEM, so each worker has its own CA
 * and the lab's CA file holds all of them.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { createSelfSigned, type IssuedCert, type TestCa } from '../support/test-ca.js';
import type { CertVariant, LabServer } from './topology.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The name a wrong_host certificate is made out to. */
export const WRONG_HOST_NAME = 'wrong-host.example.net';

/** Common-name prefix of the lab's CAs. */
export const LAB_CA_NAME = 'SendCheck Lab CA';

/** Issues one certificate of a variant for a server. */
export function issueCert(ca: TestCa, server: LabServer, variant: CertVariant): IssuedCert {
  const altNames = server.certNames ?? server.hostnames;
  const cn = altNames[0] ?? server.greetingName;
  switch (variant) {
    case 'valid':
      return ca.issue({ cn, altNames });
    case 'expired': {
      const now = Date.now();
      return ca.issue({
        cn,
        altNames,
        notBefore: new Date(now - 400 * DAY_MS),
        notAfter: new Date(now - 30 * DAY_MS),
      });
    }
    case 'wrong_host':
      return ca.issue({ cn: WRONG_HOST_NAME, altNames: [WRONG_HOST_NAME] });
    case 'self_signed':
      return createSelfSigned({ cn, altNames });
    case 'not_yet_valid': {
      // A healthy certificate as a PC whose clock is two years behind sees it: issued two years
      // from this machine's now, for 90 days (the lab cannot move a clock, so it moves the world).
      const issued = Date.now() + 730 * DAY_MS;
      return ca.issue({
        cn,
        altNames,
        notBefore: new Date(issued - 60 * 60 * 1000),
        notAfter: new Date(issued + 90 * DAY_MS),
      });
    }
  }
}

/** A request to a cert worker. */
export interface CertRequest {
  id: number;
  server: LabServer;
  variant: CertVariant;
}

/** A cert worker's messages: its CA first, then one answer per request. */
export type CertWorkerMessage =
  | { type: 'ca'; pem: string }
  | { type: 'cert'; id: number; cert: IssuedCert }
  | { type: 'error'; id: number; message: string };

// Worker threads do not inherit `--import tsx`: register tsx inside the worker, then load it.
const WORKER_BOOT = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.resolve('./cert-worker.ts'))}); })`;

/** Hands certificate work to worker threads and keeps every certificate once issued. */
export class CertStore {
  private readonly cache = new Map<string, Promise<IssuedCert>>();
  private readonly pending = new Map<number, (m: CertWorkerMessage) => void>();
  private readonly workers: Worker[] = [];
  private nextId = 1;
  /** The PEMs of every worker's CA, once all of them are up. */
  readonly caPems: Promise<string[]>;

  constructor() {
    const count = Math.max(1, Math.min(2, availableParallelism()));
    const cas: Promise<string>[] = [];
    for (let i = 0; i < count; i++) {
      const worker = new Worker(WORKER_BOOT, {
        eval: true,
        workerData: { caName: `${LAB_CA_NAME} ${i + 1}` },
      });
      cas.push(
        new Promise((resolve, reject) => {
          worker.on('error', reject);
          worker.on('message', (m: CertWorkerMessage) => {
            if (m.type === 'ca') resolve(m.pem);
            else this.pending.get(m.id)?.(m);
          });
        }),
      );
      this.workers.push(worker);
    }
    this.caPems = Promise.all(cas);
  }

  /** Ends the worker threads. */
  close(): Promise<unknown> {
    return Promise.all(this.workers.map((w) => w.terminate()));
  }

  /** The certificate server presents in this variant. */
  get(server: LabServer, variant: CertVariant): Promise<IssuedCert> {
    const key = `${server.id}:${variant}`;
    let cert = this.cache.get(key);
    if (!cert) {
      const id = this.nextId++;
      const worker = this.workers[id % this.workers.length];
      cert = new Promise((resolve, reject) => {
        this.pending.set(id, (m) => {
          this.pending.delete(id);
          if (m.type === 'cert') resolve(m.cert);
          else reject(new Error(m.type === 'error' ? m.message : 'unexpected cert worker message'));
        });
      });
      const request: CertRequest = { id, server, variant };
      worker?.postMessage(request);
      this.cache.set(key, cert);
    }
    return cert;
  }
}
