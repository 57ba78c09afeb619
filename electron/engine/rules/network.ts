/** Rules about the network itself: no network, no names, nothing outside, every mail port shut. */
import { evidence } from '../../../shared/evidence.js';
import { connected, onPorts, type Facts } from '../facts.js';
import { howBlocked, type Rule } from './rule.js';

/** offline: the kernel has no route, and nothing connected or answered. */
export const offline: Rule = {
  code: 'offline',
  when: (f) => {
    if (!f.noRoute || f.anyConnected || f.dnsOk) return null;
    return {
      confidence: f.route.length > 0 ? 'high' : 'medium',
      evidence: [evidence('no_route', 'problem', {}, [...f.route, ...f.mail, ...f.web])],
      recommended: f.published,
    };
  },
};

/** dns_unavailable: no look-up got any answer at all. */
export const dnsUnavailable: Rule = {
  code: 'dns_unavailable',
  when: (f) => {
    if (f.dns.length === 0 || f.dnsOk) return null;
    const outcomes = [...new Set(f.dns.map((p) => p.outcome))];
    return {
      confidence: f.dns.length >= 2 ? 'high' : 'medium',
      evidence: [evidence('dns_failed', 'problem', { outcomes }, f.dns)],
      recommended: f.published,
    };
  },
};

function outside(f: Facts) {
  return [...f.web, ...f.mail];
}

/** internet_unreachable: names resolve, but nothing outside answers. */
export const internetUnreachable: Rule = {
  code: 'internet_unreachable',
  when: (f) => {
    const all = outside(f);
    if (all.some(connected)) return null;
    return {
      confidence: all.length >= 3 ? 'high' : 'medium',
      evidence: [evidence('nothing_answers', 'problem', {}, all)],
      recommended: f.published,
    };
  },
};

/** smtp_blocked: the web works, every mail port to every server is stopped. */
export const smtpBlocked: Rule = {
  code: 'smtp_blocked',
  when: (f) => {
    const has25 = onPorts(f.mail, 25).length > 0;
    const hasSub = onPorts(f.mail, 587, 465).length > 0;
    if (!f.webConnected || !has25 || !hasSub || f.mail.some(connected)) return null;
    const both = onPorts(f.mail, 465).length > 0 && onPorts(f.mail, 587).length > 0;
    const how = howBlocked(
      f.mail.map((p) => p.outcome),
      true,
    );
    return {
      confidence: both ? 'high' : 'medium',
      evidence: [evidence('mail_ports_blocked', 'problem', { how }, f.mail)],
      recommended: f.published,
    };
  },
};

/** captive_portal: unrelated names all resolve to one address: a sign-in page answers for all. */
export const captivePortal: Rule = {
  code: 'captive_portal',
  when: (f) => {
    const portal = f.local.portal;
    if (!portal) return null;
    return {
      confidence: portal.names.length >= 4 ? 'high' : 'medium',
      evidence: [
        evidence(
          'portal_same_address',
          'problem',
          { names: portal.names.slice(0, 4), address: portal.address },
          portal.probes,
        ),
      ],
      recommended: f.published,
    };
  },
};
