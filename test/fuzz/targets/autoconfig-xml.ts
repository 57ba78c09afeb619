/**
 * Fuzz target: the autoconfig document reader (readAutoconfigXml in electron/engine/autoconfig.ts,
 * over shared/xml-lite.ts and shared/providers/outgoing-server.ts), fed what a hostile or broken
 * web server could answer: config-v1.1 documents with bent servers, DOCTYPEs with entity bombs
 * and external entities, deep nesting, stray markup and raw text. Throwing an Error is its
 * designed answer to a document it cannot use (the caller reports BAD_XML); anything else that
 * escapes is a crash. Every server it returns must pass the same rules as the bundled data.
 */
import fc from 'fast-check';
import { AUTOCONFIG_MAX_BYTES, readAutoconfigXml } from '../../../electron/engine/autoconfig.js';
import type { CheckResult, SyncTarget } from '../harness.js';

const HOST =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?|%EMAILDOMAIN%)(?:\.(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?|%EMAILDOMAIN%))*$/;

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const piece = fc.oneof(
  fc.string({ maxLength: 20 }).map(esc),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(
    'smtp.%EMAILDOMAIN%',
    'Mail.Example.JP',
    '%EMAILADDRESS%',
    '%EMAILLOCALPART%',
    'a b',
    '&amp;',
    '&bogus;',
    '&#0;',
    '&#x110000;',
    ']]>',
    '<x/>',
    '<![CDATA[smtp.x]]>',
    '<!-- c -->',
  ),
);
const server = fc
  .record({
    type: fc.constantFrom('smtp', 'SMTP', 'ews', ''),
    hostname: piece,
    port: fc.oneof(fc.constantFrom('25', '465', '587', '0', '65536', '-1', '1e3', ' 587 '), piece),
    socketType: fc.oneof(fc.constantFrom('SSL', 'STARTTLS', 'plain', 'TLS'), piece),
    username: piece,
    authentication: fc.array(
      fc.oneof(fc.constantFrom('password-cleartext', 'client-IP-address', 'none', 'OAuth2'), piece),
      { maxLength: 3 },
    ),
    restriction: fc.option(fc.oneof(fc.constant('client-IP-address'), piece), { nil: undefined }),
  })
  .map(
    (s) =>
      `<outgoingServer type="${esc(s.type)}"><hostname>${s.hostname}</hostname><port>${s.port}</port>` +
      `<socketType>${s.socketType}</socketType><username>${s.username}</username>` +
      s.authentication.map((a) => `<authentication>${a}</authentication>`).join('') +
      (s.restriction === undefined ? '' : `<restriction>${s.restriction}</restriction>`) +
      '</outgoingServer>',
  );
const bomb =
  '<!DOCTYPE clientConfig [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">' +
  '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY x SYSTEM "file:///etc/passwd">]>';
const document = fc
  .record({
    prolog: fc.constantFrom(
      '',
      '<?xml version="1.0" encoding="UTF-8"?>\n',
      '\ufeff',
      bomb,
      '<?xml version="1.1"?>',
    ),
    root: fc.constantFrom('clientConfig', 'clientconfig', 'html'),
    provider: fc.constantFrom('emailProvider', 'EmailProvider'),
    servers: fc.array(server, { maxLength: 12 }),
    junk: fc.array(piece, { maxLength: 3 }),
    entity: fc.constantFrom('', '&c;', '&x;'),
  })
  .map(
    (d) =>
      `${d.prolog}<${d.root} version="1.1"><${d.provider} id="x"><domain>example.jp</domain>${d.entity}` +
      `${d.junk.join('')}${d.servers.join('\n')}</${d.provider}></${d.root}>`,
  );
// Nesting as deep as fits in what the fetch reads (AUTOCONFIG_MAX_BYTES, 64 KiB).
const deep = fc
  .integer({ min: 1000, max: 9000 })
  .map(
    (n) =>
      `<clientConfig><emailProvider>${'<a>'.repeat(n)}${'</a>'.repeat(n)}</emailProvider></clientConfig>`,
  );
// A whole document cut or spliced at random, as a truncated or corrupted answer would be.
const broken = fc
  .tuple(document, fc.nat(), fc.nat(), fc.string({ unit: 'binary', maxLength: 8 }))
  .map(([doc, a, b, ins]) => {
    const i = a % (doc.length + 1);
    const j = Math.min(doc.length, i + (b % 16));
    return doc.slice(0, i) + ins + doc.slice(j);
  });

/** Every generated answer. */
export const autoconfigInput: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: document },
  { weight: 3, arbitrary: broken },
  { weight: 1, arbitrary: deep },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
);

/** The autoconfig reader target. */
export const autoconfigXmlTarget: SyncTarget<string> = {
  name: 'autoconfig-xml',
  arbitrary: autoconfigInput,
  budgetMs: 1000,
  check(xml) {
    // The fetch never hands over more than this; the rare longer input is cut the same way.
    if (xml.length > AUTOCONFIG_MAX_BYTES) xml = xml.slice(0, AUTOCONFIG_MAX_BYTES);
    let servers;
    try {
      servers = readAutoconfigXml(xml);
    } catch (e) {
      if (e instanceof Error) return [];
      throw e;
    }
    const found: CheckResult = [];
    if (servers.length > 10)
      found.push({ kind: 'wrong', message: `${servers.length} servers returned` });
    for (const s of servers) {
      if (!HOST.test(s.hostname) || s.hostname.length > 253)
        found.push({ kind: 'wrong', message: `host ${JSON.stringify(s.hostname)} returned` });
      if (!Number.isInteger(s.port) || s.port < 1 || s.port > 65535)
        found.push({ kind: 'wrong', message: `port ${s.port} returned` });
      if (/[\u0000-\u001f\u007f]/.test(s.username))
        found.push({ kind: 'wrong', message: 'control character in a username' });
    }
    if (/<!DOCTYPE/i.test(xml) && servers.length > 0)
      found.push({ kind: 'wrong', message: 'a document with a DOCTYPE was read' });
    return found;
  },
};
