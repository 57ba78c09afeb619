import { describe, expect, it } from 'vitest';
import { firstHttpProxy, parsePacResult } from './pac-result.js';
import { proxyForControl, type WebProxy } from './settings.js';

/**
 * PAC results as Chromium writes them (ProxyList::ToPacString: elements joined by ";", each
 * "TYPE host:port" or "DIRECT") and as PAC files return them (white space after ";", any case):
 * the shapes net/base/proxy_string_util.cc parses.
 */
describe('PAC results', () => {
  it('reads each element: type, host and port; DIRECT alone', () => {
    expect(
      parsePacResult('PROXY proxy.corp.example:8080;HTTPS secure.corp.example:8443;DIRECT'),
    ).toEqual([
      { type: 'http', host: 'proxy.corp.example', port: 8080 },
      { type: 'https', host: 'secure.corp.example', port: 8443 },
      { type: 'direct' },
    ]);
    expect(parsePacResult('DIRECT')).toEqual([{ type: 'direct' }]);
    expect(parsePacResult('SOCKS5 socks.corp.example:1080; SOCKS s4.corp.example:1081')).toEqual([
      { type: 'socks5', host: 'socks.corp.example', port: 1080 },
      { type: 'socks4', host: 's4.corp.example', port: 1081 },
    ]);
  });

  it('takes the type in any case, a missing port as the type default, IPv6 in brackets', () => {
    expect(parsePacResult('proxy proxy.corp.example; https secure.corp.example')).toEqual([
      { type: 'http', host: 'proxy.corp.example', port: 80 },
      { type: 'https', host: 'secure.corp.example', port: 443 },
    ]);
    expect(parsePacResult('PROXY [2001:db8::1]:3128')).toEqual([
      { type: 'http', host: '2001:db8::1', port: 3128 },
    ]);
  });

  it('skips what does not parse, as Chromium does', () => {
    expect(parsePacResult('')).toEqual([]);
    expect(parsePacResult('PROXY')).toEqual([]);
    expect(parsePacResult('FTP ftp.corp.example:21;PROXY a.example:1 b.example:2')).toEqual([]);
    expect(parsePacResult('DIRECT proxy.corp.example:8080;PROXY ok.example:3128')).toEqual([
      { type: 'http', host: 'ok.example', port: 3128 },
    ]);
  });

  it('the first plain-HTTP proxy is the one the engine asks for a tunnel', () => {
    expect(firstHttpProxy('PROXY proxy.corp.example:8080; DIRECT')).toEqual({
      host: 'proxy.corp.example',
      port: 8080,
    });
    expect(
      firstHttpProxy('HTTPS secure.corp.example:443;SOCKS5 s.example:1080;PROXY p.example:3128'),
    ).toEqual({ host: 'p.example', port: 3128 });
    expect(firstHttpProxy('DIRECT')).toBeNull();
    expect(firstHttpProxy('HTTPS secure.corp.example:443;DIRECT')).toBeNull();
    expect(firstHttpProxy('SOCKS5 socks.corp.example:1080')).toBeNull();
  });
});

describe('the proxy of each web control', () => {
  const system: WebProxy = {
    host: 'proxy.corp.example',
    port: 3128,
    source: 'environment',
    bypass: ['.apple.com'],
  };
  const chromium: WebProxy = {
    host: 'pac.corp.example',
    port: 8080,
    source: 'chromium',
    bypass: [],
  };

  it("the system's proxy unless bypassed; Chromium's per-host answer instead when given", () => {
    expect(proxyForControl('www.google.com', system, null)).toBe(system);
    expect(proxyForControl('www.apple.com', system, null)).toBeNull();
    expect(proxyForControl('www.google.com', null, null)).toBeNull();
    const byHost = { 'www.google.com': chromium, 'www.apple.com': null };
    expect(proxyForControl('www.google.com', system, byHost)).toBe(chromium);
    expect(proxyForControl('www.apple.com', system, byHost)).toBeNull();
    expect(proxyForControl('other.example', system, byHost)).toBeNull();
  });
});
