/** The optional login test: one AUTH exchange over an established, verified TLS session. */
import { createHmac } from 'node:crypto';
import type { AuthOutcome } from '../../shared/probe.js';
import { REDACTED, secretForms } from './redact.js';
import { SessionFailure, type SmtpChannel } from './smtp-channel.js';
import type { SmtpReply } from './smtp-reply.js';

/** What the login test came to. */
export interface SmtpAuthResult {
  outcome: AuthOutcome;
  mechanism: string | null;
  code: number | null;
  detail: string;
}

/**
 * The mechanisms we can run, best first. The test only ever runs over verified TLS, so PLAIN and
 * LOGIN are safe; CRAM-MD5 comes last because servers that store hashed passwords advertise it
 * yet refuse the right password with it (docs/diagnosis.md, "Rules that real networks taught": login tests).
 */
export const SUPPORTED_MECHANISMS = ['PLAIN', 'LOGIN', 'CRAM-MD5'] as const;

/** A mechanism we can run. */
export type Mechanism = (typeof SUPPORTED_MECHANISMS)[number];

/** Picks the best mechanism the server offers, or null. */
export function chooseMechanism(offered: readonly string[]): Mechanism | null {
  return SUPPORTED_MECHANISMS.find((m) => offered.includes(m)) ?? null;
}

/** What a login test ended with; `failure` is set when the session itself broke during AUTH. */
export interface LoginOutcome {
  result: SmtpAuthResult;
  failure: SessionFailure | null;
}

const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');

/**
 * Runs AUTH with `mechanism`. Every form of the credentials that goes on the wire is registered
 * with the channel's redactor, which keeps them until the channel is dropped at the end of the
 * session: a server may echo them later (say, in its answer to QUIT), and that must not reach
 * the transcript either.
 */
export async function runLogin(
  ch: SmtpChannel,
  mechanism: Mechanism,
  username: string,
  password: string,
  replyMs: number,
): Promise<LoginOutcome> {
  ch.phase = 'AUTH';
  ch.redactor.add(...secretForms(username), ...secretForms(password));
  const exchange = async (line: string, shown: string): Promise<SmtpReply> => {
    ch.send(line, shown);
    return ch.readReply(replyMs, 'reply_timeout');
  };
  try {
    let reply: SmtpReply;
    if (mechanism === 'PLAIN') {
      const token = b64(`\u0000${username}\u0000${password}`);
      ch.redactor.add(token);
      reply = await exchange(`AUTH PLAIN ${token}`, `AUTH PLAIN ${REDACTED}`);
    } else if (mechanism === 'LOGIN') {
      reply = await exchange('AUTH LOGIN', 'AUTH LOGIN');
      if (reply.code === 334) reply = await exchange(b64(username), REDACTED);
      if (reply.code === 334) reply = await exchange(b64(password), REDACTED);
    } else {
      reply = await exchange('AUTH CRAM-MD5', 'AUTH CRAM-MD5');
      if (reply.code === 334) {
        const challenge = Buffer.from(reply.lines[0] ?? '', 'base64');
        const digest = createHmac('md5', password).update(challenge).digest('hex');
        const token = b64(`${username} ${digest}`);
        ch.redactor.add(token);
        reply = await exchange(token, REDACTED);
      }
    }
    if (reply.code === 334) {
      // The server wants yet another round: cancel it (RFC 4954 section 4) rather than guess.
      reply = await exchange('*', '*');
      return {
        result: verdict(ch, mechanism, reply, 'the server asked for more AUTH steps than expected'),
        failure: null,
      };
    }
    return { result: verdict(ch, mechanism, reply, null), failure: null };
  } catch (e) {
    const failure =
      e instanceof SessionFailure ? e : new SessionFailure('connection_closed', 'AUTH failed');
    return {
      result: {
        outcome: 'error',
        mechanism,
        code: null,
        detail: `login test broke off: ${failure.detail}`,
      },
      failure,
    };
  }
}

// 500-504 mean the server did not understand us, not that it refused these credentials.
function isCredentialRefusal(code: number): boolean {
  return code >= 505 && code <= 599;
}

function verdict(
  ch: SmtpChannel,
  mechanism: Mechanism,
  reply: SmtpReply,
  forced: string | null,
): SmtpAuthResult {
  const text = ch.redactor.apply(reply.lines.join(' / ')).slice(0, 200);
  const said = `${reply.code} ${text}`.trim();
  if (forced) return { outcome: 'error', mechanism, code: reply.code, detail: forced };
  if (reply.code === 235) return { outcome: 'accepted', mechanism, code: 235, detail: said };
  const outcome: AuthOutcome = isCredentialRefusal(reply.code) ? 'rejected' : 'error';
  return { outcome, mechanism, code: reply.code, detail: said };
}
