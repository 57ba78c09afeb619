/**
 * Where the PC's own interceptors (mail shield, TLS inspection) listen. nftables in the PC
 * redirects each (destination address, port) to its own local port, because Node cannot read a
 * redirected socket's original destination (SO_ORIGINAL_DST): the port says where it was going.
 */
import type { Scenario } from './scenarios.js';
import { LAB_SERVERS } from './topology.js';

/** One redirected destination and the local port its connects land on. */
export interface InterceptRoute {
  listenPort: number;
  ip: string;
  port: number;
  /** The name a forged certificate is made out to when the client sends no SNI. */
  name: string;
  role: 'shield' | 'inspect';
}

const SHIELD_BASE = 31000;
const INSPECT_BASE = 32000;
/** Ports a TLS-inspecting security product intercepts. */
export const INSPECTED_PORTS = [587, 465, 443] as const;

/** The PC's redirect table for a scenario (empty without PC security software). */
export function interceptRoutes(scenario: Scenario): InterceptRoute[] {
  const routes: InterceptRoute[] = [];
  const servers = LAB_SERVERS;
  if (scenario.pc?.mailShield) {
    servers.forEach((s, i) =>
      routes.push({
        listenPort: SHIELD_BASE + i,
        ip: s.ip,
        port: 25,
        name: s.hostnames[0] ?? s.ip,
        role: 'shield',
      }),
    );
  }
  if (scenario.pc?.tlsInspection) {
    servers.forEach((s, i) =>
      INSPECTED_PORTS.forEach((port, j) =>
        routes.push({
          listenPort: INSPECT_BASE + i * INSPECTED_PORTS.length + j,
          ip: s.ip,
          port,
          name: s.hostnames[0] ?? s.ip,
          role: 'inspect',
        }),
      ),
    );
  }
  return routes;
}
