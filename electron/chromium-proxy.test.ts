import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  session: { defaultSession: { resolveProxy: vi.fn(async (_url: string) => 'DIRECT') } },
}));
vi.mock('electron', () => electron);

const { appProxyConfig, chromiumProxies } = await import('./chromium-proxy.js');

describe("Chromium's proxy for each web control", () => {
  it('asks the default session for https://host/ and keeps the first plain-HTTP proxy', async () => {
    electron.session.defaultSession.resolveProxy.mockImplementation(async (url: string) =>
      url === 'https://a.example/'
        ? 'HTTPS secure.corp.example:443;PROXY proxy.corp.example:3128;DIRECT'
        : 'DIRECT',
    );
    expect(await chromiumProxies(['a.example', 'b.example'])).toEqual({
      'a.example': { host: 'proxy.corp.example', port: 3128, source: 'chromium', bypass: [] },
      'b.example': null,
    });
    expect(electron.session.defaultSession.resolveProxy.mock.calls.map((c) => c[0])).toEqual([
      'https://a.example/',
      'https://b.example/',
    ]);
  });

  it('a failed, thrown or late answer is direct, and does not hold the run', async () => {
    const late = () => new Promise<string>(() => {});
    const t0 = Date.now();
    expect(await chromiumProxies(['a.example'], late, 50)).toEqual({ 'a.example': null });
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(
      await chromiumProxies(['a.example', 'b.example'], (url) =>
        url.includes('a.')
          ? Promise.reject(new Error('net::ERR_PAC_SCRIPT_FAILED'))
          : (() => {
              throw new Error('no session');
            })(),
      ),
    ).toEqual({ 'a.example': null, 'b.example': null });
  });

  it("the engine's web controls, as configured, are the hosts asked", async () => {
    electron.session.defaultSession.resolveProxy.mockImplementation(
      async () => 'PROXY proxy.corp.example:8080',
    );
    vi.stubEnv('SENDCHECK_WEB_CONTROLS', 'www.google.com,www.apple.com');
    const cfg = await appProxyConfig();
    vi.unstubAllEnvs();
    expect(Object.keys(cfg.webProxyByHost ?? {})).toEqual(['www.google.com', 'www.apple.com']);
    expect(cfg.webProxyByHost?.['www.apple.com']).toMatchObject({ port: 8080 });
  });
});
