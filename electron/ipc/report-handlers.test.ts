import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { referenceCodeFor } from '../../shared/reference-code.js';
import { collectAboutFacts } from '../../shared/about-facts.js';
import { FakeWebContents, invokeEvent } from '../../test/support/ipc-fakes.js';
import { REPORTS } from '../../test/fixtures/renderer/reports.js';
import { readTextCapped, writeTextAtomically } from '../report-files.js';
import { createListener } from './handle.js';
import { createReportHandlers, MAX_REPORT_FILE_BYTES, type ReportDeps } from './report-handlers.js';
import { trustWebContents } from './trusted-senders.js';
import { makeTempDirAsync } from '../../test/support/temp-dir.js';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDirAsync('sendcheck-report-');
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

/** Real files in a temporary folder; the dialogs answer the path the test picked (or null: closed). */
function setup(pick: { save?: string | null; open?: string | null } = {}) {
  const files: ReportDeps = {
    appVersion: () => '0.1.0',
    facts: () => collectAboutFacts('0.1.0', process.versions),
    lang: () => 'en',
    chooseSavePath: vi.fn(async () => pick.save ?? null),
    chooseOpenPath: vi.fn(async () => pick.open ?? null),
    writeText: writeTextAtomically,
    readCapped: readTextCapped,
  };
  const h = createReportHandlers(files);
  const wc = new FakeWebContents();
  trustWebContents(wc.asWebContents());
  const call = async (channel: keyof typeof h, payload: unknown): Promise<unknown> =>
    createListener(channel, h[channel] as never, {})(invokeEvent(wc), payload);
  return { call, files };
}

describe('report:save and report:open', () => {
  it('saves through the dialog, answers no path, and the saved file opens as the same report', async () => {
    const file = join(dir, 'report.html');
    const { call } = setup({ save: file, open: file });
    const saved = await call('report:save', { report: REPORTS.port25_blocked, lang: 'ja' });
    expect(saved).toEqual({ ok: true, value: { saved: true } });
    expect(await readFile(file, 'utf8')).toContain('SendCheck 診断レポート');
    const opened = (await call('report:open', {})) as {
      ok: true;
      value: {
        status: string;
        file: { report: unknown; referenceCode: string; about: { facts?: unknown } };
      };
    };
    expect(opened.value.status).toBe('opened');
    expect(opened.value.file.report).toEqual(REPORTS.port25_blocked);
    expect(opened.value.file.about.facts).toEqual(collectAboutFacts('0.1.0', process.versions));
    expect(opened.value.file.referenceCode).toBe(referenceCodeFor(REPORTS.port25_blocked, '0.1.0'));
  });

  it('includes the app log only when asked, escaped in the page, and it opens back as written', async () => {
    const file = join(dir, 'with-log.html');
    const { call, files } = setup({ save: file, open: file });
    const log = '2026-11-30T10:00:00.000Z start: SendCheck 0.1.0\n<b>not markup</b>\n';
    files.appLog = vi.fn(() => log);
    await call('report:save', { report: REPORTS.ok, lang: 'en' });
    expect(files.appLog).not.toHaveBeenCalled();
    expect(await readFile(file, 'utf8')).not.toContain('start: SendCheck');
    await call('report:save', { report: REPORTS.ok, lang: 'en', includeLog: true });
    const html = await readFile(file, 'utf8');
    expect(html).toContain('SendCheck’s own record of what it did (the log)');
    expect(html).toContain('&lt;b&gt;not markup&lt;/b&gt;');
    expect(html).not.toContain('<b>not markup');
    const opened = (await call('report:open', {})) as { value: { file: { appLog?: string } } };
    expect(opened.value.file.appLog).toBe(log);
    expect(
      await call('report:save', { report: REPORTS.ok, lang: 'en', includeLog: 'yes' }),
    ).toEqual({ ok: false, code: 'bad_request', message: 'includeLog must be true or false' });
  });

  it('answers saved false when the dialog is closed, and cancelled for open', async () => {
    const { call } = setup();
    expect(await call('report:save', { report: REPORTS.ok, lang: 'en' })).toEqual({
      ok: true,
      value: { saved: false },
    });
    expect(await call('report:open', {})).toEqual({ ok: true, value: { status: 'cancelled' } });
  });

  it('refuses a report that is not a DiagnosisReport before any dialog opens', async () => {
    const { call, files } = setup({ save: join(dir, 'x.html') });
    const res = await call('report:save', { report: { verdict: '<script>' }, lang: 'en' });
    expect(res).toMatchObject({ ok: false, code: 'bad_request' });
    expect(files.chooseSavePath).not.toHaveBeenCalled();
  });

  it('refuses hostile, truncated, foreign and huge files with a reason, never a crash', async () => {
    const cases: [string, string | Buffer, string][] = [
      ['page.html', '<html><title>x</title><script>alert(1)</script></html>', 'not_a_report'],
      [
        'cut.html',
        '<!doctype html><title>SendCheck 診断レポート</title><script type="application/json" id="sendcheck-report">{"format":"sendcheck-report"',
        'truncated',
      ],
      ['bad.json', '{"format":"sendcheck-report","version":1,"createdAt":"x"}', 'invalid'],
      ['binary.bin', Buffer.from([0xff, 0xfe, 0x00, 0x01]), 'not_a_report'],
      ['huge.json', Buffer.alloc(MAX_REPORT_FILE_BYTES + 10, 0x20), 'too_large'],
    ];
    for (const [name, content, error] of cases) {
      const path = join(dir, name);
      await writeFile(path, content);
      const { call } = setup({ open: path });
      expect(await call('report:open', {}), name).toMatchObject({
        ok: true,
        value: { status: 'refused', error },
      });
    }
    const { call } = setup({ open: join(dir, 'missing.html') });
    expect(await call('report:open', {})).toMatchObject({
      value: { status: 'refused', error: 'not_a_report' },
    });
  });
});
