/** ok: nothing on the network stops sending. */
import { action, evidence } from '../../../shared/evidence.js';
import type { ProbeResult } from '../../../shared/probe.js';
import { byRole, fullExchange, onPorts } from '../../../shared/probe-outcomes.js';
import type { DiagnoseInput, InsideIsp } from '../facts.js';
import { insideIspSettings } from '../recommend.js';
import type { TrustInput } from '../trust.js';
import type { VerdictDefinition } from './verdict.js';

/**
 * Inside the ISP (docs/diagnosis.md, "Rules that real networks taught"): while the reference MX are
 * blocked on 25, the user's own server (or the address's own MX) holds a whole conversation on 25
 * from this line, and not the greeting the blocked reference MX got from a relay. Computed once as
 * a fact (compute-facts.ts): port25_blocked and server_unreachable give way to it.
 */
export function insideIsp(
  input: DiagnoseInput,
  probes: readonly ProbeResult[],
  port25Blocked: boolean,
  intercepted: ReadonlySet<string>,
  trust: TrustInput,
): InsideIsp | null {
  if (!port25Blocked) return null;
  const relayGreetings = new Set(
    onPorts(byRole(probes, 'reference_mx'), 25).map((p) => p.smtp?.greeting ?? null),
  );
  const own = onPorts(byRole(probes, 'submission', 'own_mx'), 25).filter(
    (p) =>
      fullExchange(p) && !intercepted.has(p.id) && !relayGreetings.has(p.smtp?.greeting ?? null),
  );
  const probe = own.find((p) => p.role === 'submission') ?? own[0];
  if (!probe) return null;
  const toUnicode = input.toUnicode ?? ((h: string) => h);
  return { probe, settings: insideIspSettings(input.candidates, probe, trust, toUnicode) };
}

/**
 * ok: a submission server answers, or the ISP's own server takes port 25 from this line ("works
 * here, not away from home": 587/465 are recommended where they answer).
 */
export const ok: VerdictDefinition = {
  code: 'ok',
  blockedAt: null,
  actions: [action('use_settings'), action('check_password')],
  labScenarios: [
    'open',
    'loss_open',
    'shield_open',
    'distant_mx_lost_syn',
    'isp_own_server',
    'isp_port25_only',
    'noauth_587',
    'badcert_587',
    'cram_hashed',
    'shared_hosting',
    'two_mx_one_address',
    'intercept_same_address',
    'srv_spoofed',
    'mx_spoofed',
    'autoconfig_other_domain',
    'ipv6_broken',
  ],
  when: (f) => {
    const inside = f.insideIsp;
    if (inside) {
      return {
        confidence: f.choice?.settings.verified ? 'high' : 'medium',
        evidence: [
          evidence('port25_inside_isp', 'info', { host: inside.probe.host }, [inside.probe]),
        ],
        recommended: f.choice?.settings ?? inside.settings,
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
