import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../shared/i18n/i18next-options.js';
import { cliDeps } from '../../test/support/cli-deps.js';
import { COMMANDS, COMMON_OPTIONS } from './commands.js';
import { runCli, usageText } from './router.js';

/** One in-process run in a locale. */
async function run(argv: string[], env: NodeJS.ProcessEnv) {
  const d = cliDeps({ env });
  const code = await runCli(argv, d);
  return { code, out: d.stdout(), err: d.stderr() };
}

describe('the usage text', () => {
  for (const lang of ['ja', 'en'] as const) {
    it(`lists every command and every option it declares, in words (${lang})`, () => {
      const t = createTranslator(lang);
      const text = usageText(t);
      expect(COMMANDS.map((c) => c.name)).toEqual([
        'diagnose',
        'accounts',
        'fix',
        'decode',
        'lookup',
      ]);
      for (const c of COMMANDS) {
        expect(text, c.name).toContain(`sendcheck ${c.name}`);
        expect(text, c.name).toContain(t(`cli.usage.${c.name}.summary`));
        for (const [name, spec] of Object.entries({ ...c.options, ...COMMON_OPTIONS })) {
          expect(text, `${c.name} --${name}`).toContain(`--${name}`);
          expect(text, `${c.name} --${name}`).toContain(t(spec.says));
        }
      }
      for (const option of ['--accept-suggested', '--report', '--account', '--undo', '--yes'])
        expect(text).toContain(option);
      // Every key has words in this language: no key shows through.
      expect(text).not.toMatch(/cli\.usage\./);
    });
  }

  it('is printed in the user`s language on --help (exit 0), and after no command (exit 2)', async () => {
    const ja = await run(['--help'], { LANG: 'ja_JP.UTF-8' });
    expect(ja).toMatchObject({ code: 0, err: '' });
    expect(ja.out).toBe(usageText(createTranslator('ja')));
    const none = await run([], { LANG: 'C' });
    expect(none.code).toBe(2);
    expect(none.err).toBe(
      `sendcheck: Please give a command.\n\n${usageText(createTranslator('en'))}`,
    );
  });
});

describe('the language of every command', () => {
  // Each command, given an option it does not have: answered before anything is read or probed.
  const bogus = COMMANDS.map((c) => [c.name, '--bogus']);

  it('is English with LANG=C (or no locale at all), for every command', async () => {
    for (const env of [{ LANG: 'C' }, { LC_ALL: 'POSIX', LANG: 'ja_JP.UTF-8' }, {}])
      for (const argv of bogus) {
        const r = await run(argv, env);
        expect(r.code, argv.join(' ')).toBe(2);
        expect(r.err, argv.join(' ')).toBe(
          `sendcheck: The ${argv[0]} command has no option --bogus.\n`,
        );
      }
  });

  it('is Japanese with a Japanese locale, and --lang wins over the locale', async () => {
    for (const argv of bogus) {
      const ja = await run(argv, { LANG: 'ja_JP.UTF-8' });
      expect(ja.err).toBe(
        `sendcheck：${argv[0]} コマンドには --bogus というオプションはありません。\n`,
      );
      const en = await run([...argv, '--lang', 'en'], { LANG: 'ja_JP.UTF-8' });
      expect(en.err).toContain('has no option --bogus');
    }
  });
});

describe('problems with the arguments', () => {
  it('are whole sentences of the catalogue, never parseArgs`s own messages', async () => {
    const en = { LANG: 'en_US.UTF-8' };
    const cases: [string[], string][] = [
      [['nope'], 'There is no command “nope”.'],
      [['lookup'], 'Please give --email ADDRESS.'],
      [['fix'], 'Please give --account ID.'],
      [['decode'], 'Please give CODE.'],
      [['diagnose'], 'Please give either --email ADDRESS or --account ID.'],
      [['diagnose', '--email'], '--email needs a value after it (--email ADDRESS).'],
      [['accounts', '--json=yes'], '--json takes no value (“yes” cannot be used).'],
      [['accounts', 'extra'], 'The accounts command does not take “extra”.'],
      [['decode', 'X', '--lang', 'fr'], '--lang must be ja or en (“fr” cannot be used).'],
      [
        ['diagnose', '--email', 'a@b.jp', '--password', 'x'],
        'Passwords are never taken as an argument (other programs could see them). Please use --password-stdin.',
      ],
    ];
    for (const [argv, sentence] of cases) {
      const r = await run(argv, en);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err.split('\n')[0], argv.join(' ')).toBe(`sendcheck: ${sentence}`);
      expect(r.out, argv.join(' ')).toBe('');
    }
  });
});
