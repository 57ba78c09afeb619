/**
 * `sendcheck accounts`: the outgoing settings the mail programs use now, as lines for people or
 * one JSON object for scripts. Nothing is written and no file path is printed. With --from DIR,
 * support staff read a home (or AppData) folder copied from a customer's computer instead, laid
 * out as --os says (or as its contents suggest); this computer's programs are not read.
 */
import { publicAccount, type MailAccount } from '../../shared/accounts.js';
import type { Translate } from '../../shared/i18n/translate.js';
import { copiedHome, isCopiedOs, type CopiedOs } from '../accounts/copied-home.js';
import type { AccountsEnv } from '../accounts/env.js';
import { listAccounts } from '../accounts/index.js';
import { defineCommand, JSON_OPTION, type CliContext } from './command.js';

/** One account as lines of text for people. */
export function accountLines(a: MailAccount, t: Translate): string[] {
  // A value the reader could only guess is said as a guess.
  const maybe = (f: MailAccount['unsure'][number], value: string) =>
    a.unsure.includes(f) ? t('accounts.guessed', { value }) : value;
  const sender = a.displayName ? `${a.displayName} <${a.email}>` : a.email;
  const program = t(`programs.${a.program}.name`);
  const auth = t(a.auth ? 'accounts.auth.on' : 'accounts.auth.off');
  const lines = [
    t('accounts.line.id', { id: a.id }),
    t('accounts.line.account', {
      account: t('accounts.accountOf', { account: a.account, program }),
    }),
    t('accounts.line.sender', { senders: [sender, ...a.otherEmails].filter((x) => x) }),
    t('accounts.line.host', { host: a.host }),
    t('accounts.line.port', { port: maybe('port', String(a.port)) }),
    t('accounts.line.security', {
      security: maybe('security', t(`accounts.security.${a.security}`)),
    }),
    t('accounts.line.auth', { auth: maybe('auth', auth) }),
    t('accounts.line.username', { username: a.username || t('accounts.empty') }),
    t('accounts.line.where', { where: a.where }),
    ...(a.install
      ? [t('accounts.line.install', { install: t(`accounts.install.${a.install}`) })]
      : []),
  ].map((line, i) => (i === 0 ? line : `  ${line}`));
  if (a.fixable) lines.push(`  ${t('accounts.fixable')}`);
  return lines;
}

/** Where to read: this computer, or the copied folder of --from (a sentence when it cannot be). */
async function source(
  from: string | undefined,
  os: string | undefined,
  ctx: CliContext,
): Promise<{ env: AccountsEnv; os?: CopiedOs } | string> {
  if (from === undefined)
    return os === undefined ? { env: ctx.accounts } : ctx.t('cli.errors.osWithoutFrom');
  if (os !== undefined && !isCopiedOs(os)) return ctx.t('cli.errors.badOs', { value: os });
  const copy = await copiedHome(from, os);
  if (!copy.ok)
    return ctx.t(
      copy.problem === 'missing' ? 'cli.errors.fromMissing' : 'cli.errors.fromNotFolder',
      {
        dir: from,
      },
    );
  return { env: copy.env, os: copy.os };
}

/** The command. */
export const ACCOUNTS = defineCommand({
  name: 'accounts',
  options: {
    from: { type: 'string', value: 'DIR', says: 'cli.usage.accounts.from' },
    os: { type: 'string', value: 'windows|macos|linux', says: 'cli.usage.accounts.os' },
    ...JSON_OPTION,
  },
  run: async ({ values }, ctx) => {
    const where = await source(values.from, values.os, ctx);
    if (typeof where === 'string') return ctx.fail(where);
    const list = await listAccounts(where.env);
    const accounts = list.accounts.map(publicAccount);
    if (values.json) {
      const from = where.os ? { from: { os: where.os } } : {};
      ctx.out(`${JSON.stringify({ accounts, programs: list.programs, ...from })}\n`);
      return 0;
    }
    const { t } = ctx;
    const out = [t('accounts.heading'), ''];
    if (where.os) out.push(t('accounts.fromCopy', { os: t(`accounts.os.${where.os}`) }), '');
    for (const a of accounts) out.push(...accountLines(a, t), '');
    if (accounts.length === 0) out.push(t('accounts.noneFound'), '');
    for (const p of list.programs) {
      const values = {
        program: t(`programs.${p.program}.name`),
        count: p.count,
        detail: p.detail ?? '',
      };
      out.push(t(`accounts.status.${p.status}`, values));
    }
    ctx.out(`${out.join('\n')}\n`);
    return 0;
  },
});
