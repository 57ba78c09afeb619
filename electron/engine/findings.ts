/**
 * The findings said with every verdict (docs/diagnosis.md, "Rules that real networks taught": findings are never lost): what works,
 * how port 25 fared, what the mail program uses now, who named the recommended server.
 */
import { isIPv4, isIPv6 } from 'node:net';
import type { RecommendedSettings } from '../../shared/diagnosis.js';
import { evidence, type Evidence } from '../../shared/evidence.js';
import type { ProbeResult } from '../../shared/probe.js';
import { blocked, connected, dnsAnswered, onPorts } from '../../shared/probe-outcomes.js';
import type { Facts } from './facts.js';
import { port25Finding } from './verdicts/port25-blocked.js';
import type { VerdictDefinition } from './verdicts/verdict.js';

function submissionEvidence(p: ProbeResult): Evidence {
  const s = p.smtp;
  const security = s?.startTls === 'implicit' ? 'tls' : s?.startTls === 'ok' ? 'starttls' : 'none';
  const mechanisms = s?.authMechanisms ?? [];
  if (mechanisms.length === 0)
    return evidence('submission_no_auth', 'problem', { host: p.host, port: p.port ?? 0 }, [p]);
  return evidence(
    'submission_open',
    'ok',
    { host: p.host, port: p.port ?? 0, security, mechanisms, ms: Math.round(p.ms) },
    [p],
  );
}

function userPortEvidence(f: Facts): Evidence[] {
  const port = f.input.userPort;
  const rec = f.choice?.settings;
  if (port === undefined || !rec) return [];
  return port !== rec.port
    ? [evidence('user_port_change', 'info', { from: port, to: rec.port })]
    : [evidence('user_port_ok', 'ok', { port })];
}

/**
 * Connects that came and went: the same address (so the same family) answered on a port and was
 * then stopped on it. One family reaching nothing while the other works is not that (ipv6Evidence).
 */
function instabilityEvidence(f: Facts): Evidence[] {
  for (const port of [25, 587, 465]) {
    const same = onPorts(f.mail, port);
    const split = same
      .filter(blocked)
      .some((b) => same.some((c) => c.host === b.host && c.ip === b.ip && connected(c)));
    if (split) return [evidence('unstable', 'info', { port }, same)];
  }
  return [];
}

/**
 * A PAC file, or automatic detection, the command line did not run: said whatever the verdict, so
 * a reader knows the web's own way (through the proxy it would choose) was not checked.
 */
function proxyPacEvidence(f: Facts): Evidence[] {
  const pac = f.proxyPac[0];
  if (pac) return [evidence('proxy_pac', 'info', { host: pac.host }, f.proxyPac)];
  const detect = f.proxyAutoDetect[0];
  return detect ? [evidence('proxy_auto_detect', 'info', {}, [detect])] : [];
}

/**
 * IPv6 configured but broken: no IPv6 connect got through anywhere, while servers it was tried on
 * answered over IPv4. Said once, as the line's IPv6 not working (IPv4 was used).
 */
function ipv6Evidence(f: Facts): Evidence[] {
  const connects = f.probes.filter(
    (p) => (p.kind === 'tcp' || p.kind === 'smtp') && p.role !== 'login' && p.ip !== null,
  );
  const v6 = connects.filter((p) => isIPv6(p.ip ?? ''));
  if (v6.length === 0 || v6.some(connected)) return [];
  const overV4 = new Set(
    connects.filter((p) => isIPv4(p.ip ?? '') && connected(p)).map((p) => p.host),
  );
  const failed = v6.filter((p) => (blocked(p) || p.outcome === 'no_route') && overV4.has(p.host));
  return failed.length > 0 ? [evidence('ipv6_broken', 'info', {}, failed)] : [];
}

function slowEvidence(f: Facts): Evidence[] {
  return f.slowGreetings
    .slice(0, 1)
    .map((p) =>
      evidence(
        'submission_slow',
        'info',
        { host: p.host, port: p.port ?? 0, seconds: Math.round((p.greetingMs ?? 0) / 100) / 10 },
        [p],
      ),
    );
}

/**
 * A local mail shield: port-25 connects that completed faster than any network round trip, or that
 * all completed while no server behind them ever talked.
 */
function localProxyEvidence(f: Facts): Evidence[] {
  const opened = onPorts(f.mail, 25).filter(connected);
  if (opened.length === 0) return [];
  const ms = Math.max(...opened.map((p) => p.ms));
  if (f.silentRelay)
    return [evidence('port25_local_proxy', 'info', { ms, how: 'silent' }, f.refs25)];
  const rtts = [...f.web, ...onPorts(f.mail, 587, 465)].filter(connected).map((p) => p.ms);
  if (rtts.length === 0 || ms > 1 || Math.min(...rtts) < 5) return [];
  return [evidence('port25_local_proxy', 'info', { ms, how: 'fast' }, opened)];
}

function loginEvidence(f: Facts): Evidence[] {
  const login = f.login;
  if (login?.outcome === 'accepted')
    return [evidence('auth_ok', 'ok', { host: login.host }, [login])];
  const provider = f.input.provider;
  if (provider?.oauthOnly && login === undefined && f.choice)
    return [evidence('auth_oauth_only', 'info', { provider: provider.name })];
  if (login?.outcome === 'unresolved')
    return [evidence('login_unresolved', 'problem', { host: login.host }, [login])];
  return [];
}

/** A password that was given and not sent, and why (the settings are not verified, or need confirmation). */
function withheldEvidence(f: Facts, recommended: RecommendedSettings | null): Evidence[] {
  const withheld = f.probes.find((p) => p.role === 'login' && p.outcome === 'withheld');
  if (!withheld) return [];
  const reason = recommended?.needsConfirmation ? 'needs_confirmation' : 'not_verified';
  return [evidence('login_withheld', 'info', { host: withheld.host, reason }, [withheld])];
}

/**
 * The network suggested the recommended server: say who named it and that the user must confirm
 * it; and what DNS named that was not connected to at all.
 */
function trustEvidence(f: Facts, recommended: RecommendedSettings | null): Evidence[] {
  const out: Evidence[] = [];
  const suggested = recommended?.needsConfirmation;
  if (recommended && suggested) {
    if (suggested.reason === 'certificate_other_name')
      out.push(
        evidence(
          'certificate_other_name',
          'info',
          { host: suggested.namedBy, name: recommended.host },
          f.choice?.probe ? [f.choice.probe] : [],
        ),
      );
    out.push(
      evidence('host_suggested', 'problem', {
        host: recommended.host,
        reason: suggested.reason,
        namedBy: suggested.namedBy,
      }),
    );
  }
  for (const r of f.dnsRefused)
    out.push(
      evidence(
        'dns_target_refused',
        'info',
        { name: r.name, target: r.target, port: r.port, reason: r.reason },
        [r.probe],
      ),
    );
  return out;
}

/**
 * The findings that go with every verdict, in a stable order. The port-25 finding is left out
 * where the verdict says nothing gets out at all: it would blame the wrong party.
 */
export function findingsForEveryVerdict(
  f: Facts,
  verdict: VerdictDefinition,
  recommended: RecommendedSettings | null,
): Evidence[] {
  const out: Evidence[] = [...trustEvidence(f, recommended)];
  if (f.dnsOk) out.push(evidence('dns_ok', 'ok', {}, f.dns.filter(dnsAnswered).slice(0, 3)));
  // A control that saw a certificate or an answer counts only once it proved the site itself.
  const web = f.web.filter((p) =>
    p.web ? p.web.tls?.verified === true || p.web.knownAnswer === true : connected(p),
  );
  if (web.length > 0) out.push(evidence('web_ok', 'ok', {}, web));
  if (f.choice?.probe) out.push(submissionEvidence(f.choice.probe));
  out.push(...loginEvidence(f), ...withheldEvidence(f, recommended));
  out.push(...(verdict.nothingGetsOut ? [] : port25Finding(f)), ...userPortEvidence(f));
  out.push(...slowEvidence(f), ...localProxyEvidence(f), ...instabilityEvidence(f));
  out.push(...ipv6Evidence(f), ...proxyPacEvidence(f));
  const published = f.published;
  if (published?.publishedOnly && f.choice === null && f.input.provider)
    out.push(evidence('provider_settings', 'info', { provider: f.input.provider.name }));
  return out;
}
