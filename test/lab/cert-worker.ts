/** Worker thread for CertStore: owns one test CA and issues certificates on request. */
import { parentPort, workerData } from 'node:worker_threads';
import { createTestCa } from '../support/test-ca.js';
import { issueCert, type CertRequest, type CertWorkerMessage } from './server-certs.js';

const port = parentPort;
if (!port) throw new Error('cert-worker.ts runs as a worker thread only');
const ca = createTestCa((workerData as { caName: string }).caName);
const post = (m: CertWorkerMessage): void => port.postMessage(m);
post({ type: 'ca', pem: ca.caCertPem });
port.on('message', (request: CertRequest) => {
  try {
    post({ type: 'cert', id: request.id, cert: issueCert(ca, request.server, request.variant) });
  } catch (e) {
    post({ type: 'error', id: request.id, message: String(e) });
  }
});
