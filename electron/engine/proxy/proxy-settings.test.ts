import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { proxyFromEnv } from './env.js';
import {
  autoConfigFromScutil,
  pacFromScutil,
  parseScutilProxy,
  proxyFromScutil,
} from './scutil.js';
import { bypasses, parseProxyAddress } from './settings.js';
import { readSystemProxy, readSystemProxySettings } from './system.js';
import {
  autoConfigFromRegistry,
  httpsEntry,
  pacFromRegistry,
  proxyFromRegistry,
} from './windows.js';

/** The fixtures are written from the published formats (test/fixtures/proxy/README.md names each source). */
const fixture = (name: string): string =>
  readFileSync(
    fileURLToPath(new URL(`../../../test/fixtures/proxy/${name}`, import.meta.url)),
    'utf8',
  );

describe('proxy addresses and bypass lists', () => {
  it('takes host:port with or without http://, drops credentials, refuses other schemes', () => {
    expect(parseProxyAddress('proxy.corp.example:3128')).toEqual({
      host: 'proxy.corp.example',
      port: 3128,
    });
    expect(parseProxyAddress('http://user:secret@proxy.corp.example:8080/')).toEqual({
      host: 'proxy.corp.example',
      port: 8080,
    });
    expect(parseProxyAddress('http://[2001:db8::1]:3128')).toEqual({
      host: '2001:db8::1',
      port: 3128,
    });
    expect(parseProxyAddress('http://proxy.corp.example')).toEqual({
      host: 'proxy.corp.example',
      port: 80,
    });
    expect(parseProxyAddress('socks5://proxy.corp.example:1080')).toBeNull();
    expect(parseProxyAddress('https://proxy.corp.example:443')).toBeNull();
    expect(parseProxyAddress('')).toBeNull();
  });

  it('bypasses exact names, suffixes, <local> and *', () => {
    expect(bypasses(['www.google.com'], 'www.google.com')).toBe(true);
    expect(bypasses(['.google.com'], 'www.google.com')).toBe(true);
    expect(bypasses(['*.google.com'], 'www.google.com')).toBe(true);
    expect(bypasses(['.google.com'], 'www.apple.com')).toBe(false);
    expect(bypasses(['<local>'], 'intranet')).toBe(true);
    expect(bypasses(['<local>'], 'www.google.com')).toBe(false);
    expect(bypasses(['*'], 'www.apple.com')).toBe(true);
    expect(bypasses([], 'www.apple.com')).toBe(false);
  });
});

describe('Linux: the environment', () => {
  it('https_proxy first (lower case wins), then all_proxy; no_proxy is the bypass list', () => {
    expect(
      proxyFromEnv({
        https_proxy: 'http://proxy.corp.example:3128',
        HTTPS_PROXY: 'http://other.example:1',
        no_proxy: 'localhost,.corp.example',
      }),
    ).toEqual({
      host: 'proxy.corp.example',
      port: 3128,
      source: 'environment',
      bypass: ['localhost', '.corp.example'],
    });
    expect(proxyFromEnv({ ALL_PROXY: 'proxy.corp.example:8080' })).toMatchObject({ port: 8080 });
    expect(proxyFromEnv({ http_proxy: 'http://proxy.corp.example:3128' })).toBeNull();
    expect(proxyFromEnv({})).toBeNull();
  });
});

describe('macOS: scutil --proxy', () => {
  it('reads the HTTPS proxy, its exceptions and "exclude simple host names"', () => {
    expect(proxyFromScutil(fixture('scutil-manual.txt'))).toEqual({
      host: 'proxy.corp.example',
      port: 8443,
      source: 'macos',
      bypass: ['*.local', '169.254/16', '<local>'],
    });
    expect(autoConfigFromScutil(fixture('scutil-manual.txt'))).toBe(
      'http://wpad.corp.example/proxy.pac',
    );
    expect(parseScutilProxy(fixture('scutil-manual.txt')).get('ExceptionsList')).toEqual([
      '*.local',
      '169.254/16',
    ]);
  });

  it('gives no proxy when HTTPS is off', () => {
    expect(proxyFromScutil(fixture('scutil-none.txt'))).toBeNull();
    expect(autoConfigFromScutil(fixture('scutil-none.txt'))).toBeNull();
  });
});

describe('Windows: Internet settings through reg.exe', () => {
  it('one proxy for every protocol, with its bypass list', () => {
    expect(proxyFromRegistry(fixture('reg-manual.txt'))).toEqual({
      host: 'proxy.corp.example',
      port: 8080,
      source: 'windows',
      bypass: ['<local>', '*.corp.example'],
    });
  });

  it('a proxy per protocol: the https= one', () => {
    expect(httpsEntry('http=a:1;https=b:2')).toBe('b:2');
    expect(httpsEntry('http=a:1')).toBeNull();
    expect(proxyFromRegistry(fixture('reg-per-protocol.txt'))).toMatchObject({
      host: 'sproxy.corp.example',
      port: 3129,
    });
  });

  it('ProxyEnable 0 is no proxy, whatever ProxyServer still says; a PAC file is named, not evaluated', () => {
    expect(proxyFromRegistry(fixture('reg-off-pac.txt'))).toBeNull();
    expect(autoConfigFromRegistry(fixture('reg-off-pac.txt'))).toBe(
      'http://wpad.corp.example/wpad.dat',
    );
  });
});

describe('PAC files and automatic detection: recorded, never run', () => {
  it('Windows: AutoConfigURL names the PAC file; else AutoDetect 1 is detection; else none', () => {
    expect(pacFromRegistry(fixture('reg-off-pac.txt'))).toEqual({
      url: 'http://wpad.corp.example/wpad.dat',
      source: 'windows',
    });
    expect(pacFromRegistry(fixture('reg-autodetect.txt'))).toEqual({
      url: null,
      source: 'windows',
    });
    expect(proxyFromRegistry(fixture('reg-autodetect.txt'))).toBeNull();
    expect(pacFromRegistry(fixture('reg-direct.txt'))).toBeNull();
    expect(pacFromRegistry(fixture('reg-manual.txt'))).toBeNull();
  });

  it('macOS: ProxyAutoConfigURLString when enabled; else ProxyAutoDiscoveryEnable', () => {
    expect(pacFromScutil(fixture('scutil-manual.txt'))).toEqual({
      url: 'http://wpad.corp.example/proxy.pac',
      source: 'macos',
    });
    expect(pacFromScutil(fixture('scutil-wpad.txt'))).toEqual({ url: null, source: 'macos' });
    expect(pacFromScutil(fixture('scutil-none.txt'))).toBeNull();
  });

  it('the command line gets both the proxy it asks and the PAC it records', async () => {
    const win = await readSystemProxySettings('win32', { SystemRoot: 'C:\\Windows' }, () =>
      Promise.resolve({ code: 0, stdout: fixture('reg-off-pac.txt') }),
    );
    expect(win).toEqual({
      proxy: null,
      pac: { url: 'http://wpad.corp.example/wpad.dat', source: 'windows' },
    });
    const failed = await readSystemProxySettings('win32', {}, () =>
      Promise.resolve({ code: -1, stdout: '' }),
    );
    expect(failed).toEqual({ proxy: null, pac: null });
    const linux = await readSystemProxySettings('linux', {}, () => {
      throw new Error('no program is run on Linux');
    });
    expect(linux).toEqual({ proxy: null, pac: null });
  });
});

describe('readSystemProxy', () => {
  const env = { https_proxy: 'http://env.example:3128', SystemRoot: 'C:\\Windows' };

  it('Windows: reg.exe by its full path, the environment when reg.exe fails', async () => {
    const calls: string[][] = [];
    const ok = await readSystemProxy('win32', env, (file, args) => {
      calls.push([file, ...args]);
      return Promise.resolve({ code: 0, stdout: fixture('reg-manual.txt') });
    });
    expect(calls[0]?.[0]).toBe('C:\\Windows\\System32\\reg.exe');
    expect(calls[0]?.slice(1)).toEqual([
      'query',
      'HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings',
    ]);
    expect(ok?.source).toBe('windows');
    const failed = await readSystemProxy('win32', env, () =>
      Promise.resolve({ code: -1, stdout: '' }),
    );
    expect(failed).toMatchObject({ host: 'env.example', source: 'environment' });
  });

  it('macOS: /usr/sbin/scutil --proxy; Linux: the environment only', async () => {
    const mac = await readSystemProxy('darwin', {}, (file, args) => {
      expect([file, ...args]).toEqual(['/usr/sbin/scutil', '--proxy']);
      return Promise.resolve({ code: 0, stdout: fixture('scutil-manual.txt') });
    });
    expect(mac?.source).toBe('macos');
    const linux = await readSystemProxy('linux', env, () => {
      throw new Error('no program is run on Linux');
    });
    expect(linux?.source).toBe('environment');
  });
});
