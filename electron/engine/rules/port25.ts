/** Rules about the way out: 587 blocked too, port 25 intercepted, port 25 blocked, or all is well. */
import { action, evidence } from '../../../shared/evidence.js';
import type { Rule } from './rule.js';
import { howBlocked } from './rule.js';

/** submission_blocked: 25 and 587 are blocked, 465 answers. */
export const submissionBlocked: Rule = {
  code: 'submission_blocked',
  when: (f) => {
    if (!f.choice || !f.port25Blocked || !f.blocked587) return null;
    if (f.choice.settings.port !== 465 || f.usesOwnPort) return null;
    const how = howBlocked(f.all587.map((p) => p.outcome));
    const refSub = f.all587.some((p) => p.role === 'reference_submission');
    return {
      confidence: refSub ? 'high' : 'medium',
      evidence: [evidence('port587_blocked', 'problem', { how }, f.all587)],
      recommended: f.choice.settings,
    };
  },
};

/** port25_intercepted: port 25 reaches something that is not the server asked for. */
export const port25Intercepted: Rule = {
  code: 'port25_intercepted',
  when: (f) => {
    const i = f.interception;
    if (!i.intercepted || i.reason === null) return null;
    const greeting = i.probes[0]?.smtp?.greeting ?? '';
    const hosts = [...new Set(i.probes.map((p) => p.host))];
    return {
      confidence: i.confidence,
      evidence: [
        evidence('port25_intercepted', 'problem', { greeting, hosts, reason: i.reason }, i.probes),
      ],
      recommended: f.choice?.settings ?? null,
    };
  },
};

/**
 * port25_blocked (OP25B), unless the mail program already uses a submission port that works.
 * With no submission server found, it is still the verdict: the user is asked for the server
 * named in the provider's guide.
 */
export const port25Blocked: Rule = {
  code: 'port25_blocked',
  when: (f) => {
    // Inside the ISP, its own server takes port 25: it works here (the ok rule says so).
    if (!f.port25Blocked || f.usesOwnPort || f.insideIsp) return null;
    const sameWay = howBlocked(f.refs25.map((p) => p.outcome)) !== 'mixed';
    const found = f.choice !== null;
    // High only with verified settings to switch to: a suggestion the user must confirm is not.
    const settled = f.choice?.settings.verified === true;
    return {
      confidence: f.refs25.length >= 2 && sameWay && settled ? 'high' : 'medium',
      evidence: [],
      recommended: f.choice?.settings ?? null,
      ...(found ? {} : { actions: [action('type_server_from_guide'), action('turn_on_auth')] }),
    };
  },
};

/** ok: nothing on the network stops sending, and a submission server answers (or the ISP's own). */
export const ok: Rule = {
  code: 'ok',
  when: (f) => {
    const inside = f.insideIsp;
    if (inside) {
      const settings = f.choice?.settings ?? inside.settings;
      return {
        confidence: f.choice?.settings.verified ? 'high' : 'medium',
        evidence: [
          evidence('port25_inside_isp', 'info', { host: inside.probe.host }, [inside.probe]),
        ],
        recommended: settings,
        actions: f.choice
          ? [action('works_here_only'), action('change_outgoing'), action('turn_on_auth')]
          : [action('use_settings'), action('check_password')],
      };
    }
    if (!f.choice) return null;
    return {
      confidence: f.choice.settings.verified ? 'high' : 'medium',
      evidence: [],
      recommended: f.choice.settings,
    };
  },
};
