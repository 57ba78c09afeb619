/** The built renderer fits the app's CSP: no inline script or style, relative asset paths, the CSP meta tag. */
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_SECURITY_POLICY_META } from '../shared/csp.js';

const OUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../build/renderer');

test('build/renderer has no inline code and only relative asset paths', () => {
  const html = readFileSync(path.join(OUT, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  expect(scripts.length).toBeGreaterThan(0);
  for (const [, attrs, body] of scripts) {
    expect(attrs).toMatch(/\bsrc="\.\/assets\/[^"]+\.js"/);
    expect(body?.trim()).toBe('');
  }
  expect(html).not.toMatch(/<style\b/);
  expect(html).not.toMatch(/\sstyle=/);
  expect(html).not.toMatch(/\son[a-z]+=/);
  expect(html).not.toMatch(/(src|href)="\/(?!\/)/);
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/
    .exec(html)?.[1]
    ?.replaceAll('&#39;', "'");
  expect(meta).toBe(CONTENT_SECURITY_POLICY_META);
  // Nothing in the bundle builds styles or code from strings at run time.
  const js = readdirSync(path.join(OUT, 'assets')).filter((f) => f.endsWith('.js'));
  for (const f of js) {
    const code = readFileSync(path.join(OUT, 'assets', f), 'utf8');
    expect(code).not.toMatch(/new Function\(|\beval\(/);
  }
});
