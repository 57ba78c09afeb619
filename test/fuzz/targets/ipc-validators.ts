/**
 * Fuzz target: the IPC validators (shared/ipc-validators.ts), fed what a renderer could send
 * through structured clone: anything (maps, sets, dates, typed arrays, bigints, sparse arrays,
 * null-prototype objects, __proto__ keys, lone surrogates) and near-valid requests with one field
 * bent. Besides "never throws", it checks:
 * - a result is { ok: true, value } or { ok: false, message } with a short string message;
 * - an accepted value is accepted again as it is (the validators are idempotent);
 * - an accepted request has only the channel's keys, a lower-case UUID, a usable e-mail address,
 *   a mail port, and a password without control characters;
 * - a refusal never repeats the password.
 */
import fc from 'fast-check';
import { MAIL_PROGRAMS } from '../../../shared/diagnosis.js';
import { MAIL_PORTS, type IpcChannel } from '../../../shared/ipc-contract.js';
import { MAX_PASSWORD_LENGTH } from '../../../shared/ipc-contract.js';
import { ipcValidators } from '../../../shared/ipc-validators.js';
import { parseEmail } from '../../../shared/validate.js';
import type { CheckResult, SyncTarget } from '../harness.js';

/** One generated call. */
export interface IpcInput {
  channel: IpcChannel;
  payload: unknown;
}

const CHANNELS = Object.keys(ipcValidators) as IpcChannel[];
// The keys each channel takes; a channel added later is still fuzzed, with `lang` and anything.
const KEYS: Partial<Record<string, readonly string[]>> = {
  'diagnosis:start': ['runId', 'email', 'server', 'port', 'mailProgram'],
  'diagnosis:cancel': ['runId'],
  'diagnosis:login-test': ['runId', 'password'],
  'app:info': [],
  'settings:language': ['lang'],
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// A password marker no validator message could contain by chance.
const PASSWORD_MARK = 'Pw7~';

const anything = fc.anything({
  maxDepth: 3,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});
const oddString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.integer({ min: 500, max: 2000 }).map((n) => 'a'.repeat(n)),
);
const emailLike = fc.oneof(
  fc.emailAddress(),
  fc.tuple(oddString, fc.domain()).map(([l, d]) => `${l}@${d}`),
  fc.constantFrom(
    'taro@例え.jp',
    'taro@ｅｘａｍｐｌｅ．ｊｐ',
    ' taro@example.jp ',
    'taro＠example.jp',
    'a@xn--zz.jp',
  ),
  oddString,
);
const field: Record<string, fc.Arbitrary<unknown>> = {
  runId: fc.oneof(
    fc.uuid(),
    fc.uuid().map((u) => u.toUpperCase()),
    oddString,
    anything,
  ),
  email: fc.oneof({ weight: 3, arbitrary: emailLike }, anything),
  server: fc.oneof(
    fc.domain(),
    fc.ipV4(),
    fc.ipV6(),
    fc.constant(''),
    fc.constant('  '),
    oddString,
    anything,
  ),
  port: fc.oneof(fc.constantFrom(...MAIL_PORTS), fc.integer(), fc.double(), anything),
  mailProgram: fc.oneof(fc.constantFrom(...MAIL_PROGRAMS), oddString, anything),
  lang: fc.oneof(fc.constantFrom('ja', 'en', 'JA', 'fr', ''), anything),
  password: fc.oneof(
    {
      weight: 3,
      arbitrary: fc
        .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
        .map((s) => PASSWORD_MARK + s),
    },
    {
      weight: 1,
      arbitrary: fc.integer({ min: 1000, max: 1100 }).map((n) => PASSWORD_MARK + 'p'.repeat(n)),
    },
    { weight: 1, arbitrary: oddString.map((s) => PASSWORD_MARK + s) },
    { weight: 1, arbitrary: anything },
  ),
};

// A request built from the channel's own keys, with some left out and sometimes an extra one.
function nearValid(channel: IpcChannel): fc.Arbitrary<unknown> {
  const keys = KEYS[channel] ?? ['lang'];
  const shape = Object.fromEntries(keys.map((k) => [k, field[k] as fc.Arbitrary<unknown>]));
  return fc
    .tuple(
      fc.record(shape, {
        requiredKeys: keys.filter((k) => k === 'runId' || k === 'email' || k === 'password'),
      }),
      fc.option(
        fc.tuple(
          fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'toString')),
          anything,
        ),
        {
          freq: 8,
        },
      ),
    )
    .map(([obj, extra]) => {
      if (extra)
        Object.defineProperty(obj, extra[0], {
          value: extra[1],
          enumerable: true,
          configurable: true,
          writable: true,
        });
      return obj;
    });
}

/** Every generated call. */
export const ipcInput: fc.Arbitrary<IpcInput> = fc.constantFrom(...CHANNELS).chain((channel) =>
  fc.record({
    channel: fc.constant(channel),
    payload: fc.oneof(
      { weight: 3, arbitrary: nearValid(channel) },
      { weight: 1, arbitrary: anything },
    ),
  }),
);

function acceptedProblems(channel: IpcChannel, value: Record<string, unknown>): string[] {
  const out: string[] = [];
  const allowed = KEYS[channel];
  const extra = allowed ? Object.keys(value).filter((k) => !allowed.includes(k)) : [];
  if (extra.length > 0) out.push(`accepted with extra keys ${extra.join(',')}`);
  if ('runId' in value && (typeof value.runId !== 'string' || !UUID.test(value.runId)))
    out.push('accepted a runId that is not a lower-case UUID');
  if ('email' in value && (typeof value.email !== 'string' || !parseEmail(value.email).ok))
    out.push('accepted an address parseEmail refuses');
  if ('port' in value && !(MAIL_PORTS as readonly unknown[]).includes(value.port))
    out.push('accepted a port that is not a mail port');
  if ('lang' in value && value.lang !== 'ja' && value.lang !== 'en')
    out.push('accepted a language other than ja and en');
  if ('password' in value) {
    const p = value.password;
    if (
      typeof p !== 'string' ||
      p.length === 0 ||
      p.length > MAX_PASSWORD_LENGTH ||
      CONTROL.test(p)
    )
      out.push('accepted a password outside the rules');
  }
  return out;
}

/** The IPC validators target. */
export const ipcValidatorsTarget: SyncTarget<IpcInput> = {
  name: 'ipc-validators',
  arbitrary: ipcInput,
  budgetMs: 1000,
  check({ channel, payload }) {
    const validate = ipcValidators[channel] as (raw: unknown) => unknown;
    const r = validate(payload) as { ok?: unknown; value?: unknown; message?: unknown };
    if (r.ok === false) {
      if (typeof r.message !== 'string' || r.message.length > 400)
        return [{ kind: 'wrong', message: 'refusal without a short message' }];
      const pw = (payload as { password?: unknown } | null)?.password;
      if (typeof pw === 'string' && pw.startsWith(PASSWORD_MARK) && r.message.includes(pw))
        return [{ kind: 'wrong', message: 'a refusal repeats the password' }];
      return [];
    }
    if (r.ok !== true || typeof r.value !== 'object' || r.value === null)
      return [{ kind: 'wrong', message: 'result is neither ok nor a refusal' }];
    const found: CheckResult = acceptedProblems(channel, r.value as Record<string, unknown>).map(
      (message) => ({ kind: 'wrong', message }),
    );
    const again = validate(r.value) as { ok?: unknown; value?: unknown };
    if (again.ok !== true || JSON.stringify(again.value) !== JSON.stringify(r.value))
      found.push({ kind: 'wrong', message: 'an accepted value is not accepted again unchanged' });
    return found;
  },
};
