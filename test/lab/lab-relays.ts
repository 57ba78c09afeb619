/**
 * Userspace network parts that nftables alone cannot be, one process per namespace:
 *   node --import tsx test/lab/lab-relays.ts CONFIG.json
 * - mail shield (PC): takes redirected port-25 connects and relays them onward, like an
 *   antivirus mail shield;
 * - TLS inspection (PC): terminates 465/443, and 587 after STARTTLS, with certificates of its own
 *   root, and relays the cleartext onward;
 * - NAT64 (ISP): answers for 64:ff9b::/96 and connects to the IPv4 address inside.
 * Prints READY once every port is bound; exits when stdin closes (its lab is gone).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, connect as netConnect, type Server, type Socket } from 'node:net';
import {
  connect as tlsConnect,
  createSecureContext,
  createServer as createTlsServer,
  TLSSocket,
  type SecureContext,
} from 'node:tls';
import { createTestCa } from '../support/test-ca.js';
import type { InterceptRoute } from './pc-intercept.js';

/** The process's config file. */
export interface RelaysConfig {
  shield?: { mode: 'relay' | 'greet_first'; bindAddress: string; routes: InterceptRoute[] };
  inspect?: { bindAddress: string; routes: InterceptRoute[]; caName: string; caOut: string };
  nat64?: { ports: number[] };
}

const UPSTREAM_GIVE_UP_MS = 30_000;
const servers: Server[] = [];
const sockets = new Set<Socket>();

function track(...list: Socket[]): void {
  for (const s of list) {
    sockets.add(s);
    s.on('error', () => undefined);
    s.on('close', () => {
      sockets.delete(s);
      for (const other of list) if (other !== s) other.destroy();
    });
  }
}

function pipeBoth(a: Socket, b: Socket): void {
  a.pipe(b);
  b.pipe(a);
}

/** Index of the end of the first complete SMTP reply in text, or -1. */
function replyEnd(text: string): number {
  const m = /(^|\r\n)\d{3} [^\r\n]*\r\n/.exec(text);
  return m ? m.index + m[0].length : -1;
}

function shieldConn(
  client: Socket,
  route: InterceptRoute,
  cfg: NonNullable<RelaysConfig['shield']>,
): void {
  const upstream = netConnect({ host: route.ip, port: route.port, localAddress: cfg.bindAddress });
  track(client, upstream);
  const giveUp = setTimeout(() => {
    if (cfg.mode === 'greet_first')
      client.end('421 4.4.1 Lab Mail Shield: no answer from the mail server\r\n');
    else client.destroy();
  }, UPSTREAM_GIVE_UP_MS);
  upstream.once('error', () => {
    clearTimeout(giveUp);
    if (cfg.mode === 'greet_first')
      client.end('421 4.4.1 Lab Mail Shield: the mail server refused\r\n');
    else client.destroy();
  });
  if (cfg.mode === 'relay') {
    upstream.once('connect', () => {
      clearTimeout(giveUp);
      pipeBoth(client, upstream);
    });
    return;
  }
  // greet_first: its own banner at once; the server's greeting is swallowed once it comes.
  client.write('220 localhost ESMTP Lab Mail Shield\r\n');
  client.pause();
  let head = '';
  const onGreeting = (d: Buffer): void => {
    head += d.toString('latin1');
    const end = replyEnd(head);
    if (end < 0) return;
    clearTimeout(giveUp);
    upstream.off('data', onGreeting);
    const rest = head.slice(end);
    if (rest) client.write(Buffer.from(rest, 'latin1'));
    pipeBoth(client, upstream);
    client.resume();
  };
  upstream.on('data', onGreeting);
}

class ForgedCerts {
  private readonly ca;
  private readonly cache = new Map<string, SecureContext>();
  constructor(name: string) {
    this.ca = createTestCa(name);
  }
  get pem(): string {
    return this.ca.caCertPem;
  }
  /** A context whose certificate names `name`, issued by the security product's root. */
  context(name: string): SecureContext {
    let ctx = this.cache.get(name);
    if (!ctx) {
      const issued = this.ca.issue({ cn: name, altNames: [name] });
      ctx = createSecureContext({ key: issued.keyPem, cert: issued.certPem });
      this.cache.set(name, ctx);
    }
    return ctx;
  }
}

function upstreamTls(
  socketOrHost: { socket: Socket } | { host: string; port: number; localAddress: string },
  servername: string,
): TLSSocket {
  // A product that inspects traffic checks nothing itself here: the lab only needs the relay.
  return tlsConnect({ ...socketOrHost, servername, rejectUnauthorized: false });
}

function inspectImplicit(client: TLSSocket, route: InterceptRoute, bind: string): void {
  const name = client.servername || route.name;
  const upstream = upstreamTls({ host: route.ip, port: route.port, localAddress: bind }, name);
  track(client, upstream);
  upstream.once('secureConnect', () => pipeBoth(client, upstream));
}

function inspectStarttls(
  client: Socket,
  route: InterceptRoute,
  bind: string,
  certs: ForgedCerts,
): void {
  const upstream = netConnect({ host: route.ip, port: route.port, localAddress: bind });
  track(client, upstream);
  const toClient = (d: Buffer): void => void client.write(d);
  upstream.on('data', toClient);
  let line = '';
  const fromClient = (d: Buffer): void => {
    line += d.toString('latin1');
    let nl: number;
    while ((nl = line.indexOf('\n')) >= 0) {
      const command = line.slice(0, nl + 1);
      line = line.slice(nl + 1);
      upstream.write(Buffer.from(command, 'latin1'));
      if (/^STARTTLS\s*$/i.test(command)) return upgrade();
    }
  };
  client.on('data', fromClient);
  const upgrade = (): void => {
    client.off('data', fromClient);
    upstream.off('data', toClient);
    let reply = '';
    const onReply = (d: Buffer): void => {
      reply += d.toString('latin1');
      if (replyEnd(reply) < 0) return;
      upstream.off('data', onReply);
      if (!reply.startsWith('220')) {
        client.write(Buffer.from(reply, 'latin1'));
        pipeBoth(client, upstream);
        return;
      }
      const secureUp = upstreamTls({ socket: upstream }, route.name);
      secureUp.once('secureConnect', () => {
        client.write(Buffer.from(reply, 'latin1'));
        const secureClient = new TLSSocket(client, {
          isServer: true,
          SNICallback: (sni, cb) => cb(null, certs.context(sni || route.name)),
          secureContext: certs.context(route.name),
        });
        track(secureClient, secureUp);
        pipeBoth(secureClient, secureUp);
      });
      track(secureUp);
    };
    upstream.on('data', onReply);
  };
}

function listen(server: Server, port: number, host: string, ipv6Only = false): Promise<void> {
  servers.push(server);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port, host, ipv6Only }, () => resolve());
  });
}

function startShield(cfg: NonNullable<RelaysConfig['shield']>): Promise<void>[] {
  return cfg.routes.map((route) =>
    listen(
      createServer((c) => shieldConn(c, route, cfg)),
      route.listenPort,
      '127.0.0.1',
    ),
  );
}

function startInspect(cfg: NonNullable<RelaysConfig['inspect']>): Promise<void>[] {
  const certs = new ForgedCerts(cfg.caName);
  writeFileSync(cfg.caOut, certs.pem);
  return cfg.routes.map((route) => {
    if (route.port === 587) {
      const plain = createServer((c) => inspectStarttls(c, route, cfg.bindAddress, certs));
      return listen(plain, route.listenPort, '127.0.0.1');
    }
    const tls = createTlsServer(
      {
        SNICallback: (sni, cb) => cb(null, certs.context(sni || route.name)),
        secureContext: certs.context(route.name),
      },
      (c) => inspectImplicit(c, route, cfg.bindAddress),
    );
    tls.on('tlsClientError', () => undefined);
    return listen(tls, route.listenPort, '127.0.0.1');
  });
}

/** The IPv4 address in the last 32 bits of a 64:ff9b::/96 address. */
function embeddedV4(address: string): string {
  const groups = address.split(':');
  const hi = parseInt(groups.at(-2) ?? '0', 16);
  const lo = parseInt(groups.at(-1) ?? '0', 16);
  return [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.');
}

function nat64Conn(client: Socket): void {
  const upstream = netConnect({
    host: embeddedV4(client.localAddress ?? ''),
    port: client.localPort ?? 0,
  });
  track(client, upstream);
  client.pause();
  upstream.once('connect', () => {
    pipeBoth(client, upstream);
    client.resume();
  });
  // A refused IPv4 connect comes back as a reset, as a packet-level NAT64 would pass it on.
  upstream.once('error', () => client.resetAndDestroy());
}

function startNat64(cfg: NonNullable<RelaysConfig['nat64']>): Promise<void>[] {
  return cfg.ports.map((port) => listen(createServer(nat64Conn), port, '::', true));
}

const configPath = process.argv[2];
if (!configPath) {
  process.stderr.write('usage: lab-relays.ts CONFIG.json\n');
  process.exit(2);
}
const config = JSON.parse(readFileSync(configPath, 'utf8')) as RelaysConfig;
await Promise.all([
  ...(config.shield ? startShield(config.shield) : []),
  ...(config.inspect ? startInspect(config.inspect) : []),
  ...(config.nat64 ? startNat64(config.nat64) : []),
]);
process.stdout.write('READY\n');
process.stdin.resume();
process.stdin.on('end', () => {
  for (const s of servers) s.close();
  for (const s of sockets) s.destroy();
  process.exit(0);
});
