/**
 * The config-v1.1 rules for one `<outgoingServer type="smtp">`, shared by the ISPDB converter
 * (scripts/convert-ispdb.ts) and online autoconfig (electron/engine/autoconfig.ts), so that both
 * read ports, socket types, username templates and "inside the ISP only" the same way.
 */
import { childElements, childText, textOf, type XmlElement } from '../xml-lite.js';
import type { ProviderServer, SocketType } from './types.js';

const SOCKET_TYPES: Record<string, SocketType> = {
  plain: 'plain',
  starttls: 'starttls',
  ssl: 'tls',
};
// Authentication methods that mean "we know you by your network, not by a password".
const NETWORK_AUTH = new Set(['client-IP-address', 'smtp-after-pop', 'none']);

function lowerHost(host: string): string {
  // Lower-case the name but keep %VARIABLE% placeholders as they are written.
  return host.toLowerCase().replace(/%[a-z]+%/g, (v) => v.toUpperCase());
}

/**
 * The one rule for "works only on the provider's own network": port 25, a plain socket, a
 * client-IP restriction, or authentication by network (IP, SMTP-after-POP, none).
 */
export function isInsideIspOnly(s: {
  port: number;
  socketType: SocketType;
  restriction?: 'client-ip' | undefined;
  authentication: readonly string[];
}): boolean {
  return (
    s.port === 25 ||
    s.socketType === 'plain' ||
    s.restriction !== undefined ||
    s.authentication.some((a) => NETWORK_AUTH.has(a))
  );
}

/** Reads one `<outgoingServer>` element; throws an Error saying what is wrong (no location prefix). */
export function readOutgoingServer(el: XmlElement): ProviderServer {
  const hostname = childText(el, 'hostname');
  if (!hostname) throw new Error('no hostname');
  const port = Number(childText(el, 'port'));
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error('bad port');
  const socketType = SOCKET_TYPES[(childText(el, 'socketType') ?? '').toLowerCase()];
  if (!socketType) throw new Error(`unknown socketType ${childText(el, 'socketType')}`);
  let username = childText(el, 'username') ?? '%EMAILADDRESS%';
  // Two ISPDB entries drop the closing % (Thunderbird would send it literally, which is never right).
  if (username === '%EMAILADDRESS') username = '%EMAILADDRESS%';
  const authentication = childElements(el, 'authentication').map(textOf);
  const restrictionText = childText(el, 'restriction');
  let restriction: 'client-ip' | undefined;
  if (restrictionText === 'client-IP-address') restriction = 'client-ip';
  else if (restrictionText !== null) throw new Error(`unknown restriction ${restrictionText}`);
  const insideIspOnly = isInsideIspOnly({ port, socketType, restriction, authentication });
  // Key order is fixed here so that the converter's JSON stays byte-for-byte stable.
  return restriction
    ? {
        hostname: lowerHost(hostname),
        port,
        socketType,
        username,
        authentication,
        restriction,
        insideIspOnly,
      }
    : { hostname: lowerHost(hostname), port, socketType, username, authentication, insideIspOnly };
}

/** The `<outgoingServer type="smtp">` elements of an `<emailProvider>`, in document order. */
export function smtpServerElements(emailProvider: XmlElement): XmlElement[] {
  return childElements(emailProvider, 'outgoingServer').filter((o) => o.attrs.type === 'smtp');
}
