/**
 * `sendcheck accounts`: the outgoing settings the mail programs use now, as lines for people or
 * one JSON object for scripts. Nothing is written and no file path is printed.
 */
import { publicAccount, type MailAccount } from '../../shared/accounts.js';
import type { Translate } from '../../shared/i18n/translate.js';
import { listAccounts } from '../accounts/index.js';
import { defineCommand, JSON_OPTION } from './command.js';

/** One account as lines of text for people. */
export function accountLines(a: MailAccount, t: Translate): string[] {
  const unsure = (f: MailAccount['unsure'][number]) =>
    a.unsure.includes(f) ? ` ${t('accounts.unsure')}` : '';
  const sender = a.displayName ? `${a.displayName} <${a.email}>` : a.email;
  const program = t(`programs.${a.program}.name`);
  const field = (name: string) => t(`accounts.field.${name}`);
  const lines = [
    `[${field('id')}] ${a.id}`,
    `  ${field('account')}: ${t('accounts.accountOf', { account: a.account, program })}`,
    `  ${field('sender')}: ${[sender, ...a.otherEmails].filter((x) => x).join(', ')}`,
    `  ${field('host')}: ${a.host}`,
    `  ${field('port')}: ${a.port}${unsure('port')}`,
    `  ${field('security')}: ${t(`accounts.security.${a.security}`)}${unsure('security')}`,
    `  ${field('auth')}: ${t(a.auth ? 'accounts.auth.on' : 'accounts.auth.off')}${unsure('auth')}`,
    `  ${field('username')}: ${a.username || t('accounts.empty')}`,
    `  ${field('where')}: ${a.where}`,
    ...(a.install ? [`  ${field('install')}: ${t(`accounts.install.${a.install}`)}`] : []),
  ];
  if (a.fixable) lines.push(`  ${t('accounts.fixable')}`);
  return lines;
}

/** The command. */
export const ACCOUNTS = defineCommand({
  name: 'accounts',
  options: { ...JSON_OPTION },
  run: async ({ values }, ctx) => {
    const list = await listAccounts(ctx.accounts);
    const accounts = list.accounts.map(publicAccount);
    if (values.json) {
      ctx.out(`${JSON.stringify({ accounts, programs: list.programs })}\n`);
      return 0;
    }
    const { t } = ctx;
    const out = [t('accounts.heading'), ''];
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
