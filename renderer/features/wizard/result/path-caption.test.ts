import { describe, expect, it } from 'vitest';
import { evidence } from '../../../../shared/evidence.js';
import { pathCaption } from './path-caption.js';

describe('the path caption names who stops mail, where the evidence knows', () => {
  it('a portal: where its redirect leads, else its certificate name, else the address', () => {
    const redirect = evidence('portal_redirect', 'problem', {
      host: 'captive.apple.com',
      location: 'http://login.hotel.example/portal?next=x',
      address: '192.0.2.80',
    });
    const cert = evidence('portal_certificate', 'problem', {
      host: 'www.google.com',
      issuer: 'Hotel CA',
      names: ['login.hotel.example'],
      address: '192.0.2.80',
    });
    expect(pathCaption('router', 'captive_portal', [cert, redirect])).toEqual({
      key: 'routerPortalNamed',
      name: 'login.hotel.example',
    });
    expect(pathCaption('router', 'captive_portal', [cert])).toEqual({
      key: 'routerPortalNamed',
      name: 'login.hotel.example',
    });
    expect(pathCaption('router', 'captive_portal', [])).toEqual({ key: 'routerPortal' });
  });

  it('smtp_blocked behind a proxy names the proxy; without one, the router', () => {
    const proxy = evidence('web_proxy_only', 'problem', { proxy: 'proxy.corp.example:3128' });
    expect(pathCaption('router', 'smtp_blocked', [proxy])).toEqual({
      key: 'routerProxy',
      proxy: 'proxy.corp.example:3128',
    });
    expect(pathCaption('router', 'smtp_blocked', [])).toEqual({ key: 'router' });
  });

  it('the PC for its clock and its security software; the stop itself otherwise', () => {
    expect(pathCaption('pc', 'pc_clock', [])).toEqual({ key: 'pcClock' });
    expect(pathCaption('pc', 'security_software', [])).toEqual({ key: 'pcSecurity' });
    expect(pathCaption('isp', 'port25_blocked', [])).toEqual({ key: 'isp' });
    expect(pathCaption(null, 'ok', [])).toEqual({ key: 'none' });
  });
});
