import { describe, expect, it } from 'vitest';
import type { ProgressEvent } from '../../../shared/diagnosis.js';
import { ProbeRecorder } from '../recorder.js';
import { recordProxyPac } from './pac-record.js';

describe('the record of a PAC file the command line does not run', () => {
  it('names the PAC file by host and port, shows no query or login, and is "not checked"', () => {
    const events: ProgressEvent[] = [];
    const rec = new ProbeRecorder(0, (e) => events.push(e));
    const p = recordProxyPac(rec, {
      url: 'https://user:secret@pac.corp.example:8443/proxy.pac?key=customer-123',
      source: 'windows',
    });
    expect(p).toMatchObject({
      kind: 'http',
      role: 'proxy_pac',
      host: 'pac.corp.example',
      port: 8443,
      ip: null,
      outcome: 'skipped',
    });
    expect(p.detail).toBe(
      'the proxy is configured by a PAC file (https://pac.corp.example:8443/proxy.pac), not evaluated by the command line',
    );
    expect(p.detail).not.toMatch(/secret|customer-123/);
    expect(rec.results()).toEqual([p]);
    expect(events.map((e) => e.type)).toEqual(['probe_started', 'probe_finished']);
  });

  it('automatic detection: role proxy_auto_detect, nothing looked up', () => {
    const p = recordProxyPac(new ProbeRecorder(0), { url: null, source: 'macos' });
    expect(p).toMatchObject({ role: 'proxy_auto_detect', host: 'wpad', port: null });
    expect(p.detail).toMatch(/WPAD.*not checked by the command line/);
  });
});
