/**
 * The style rules, checked over every CSS file of the renderer: raw lengths and colours live in
 * tokens.css only, every var() names a token that exists, no token is dead, each feature folder has
 * its one CSS file, and index.css imports them all.
 */
import { describe, expect, it } from 'vitest';

// Vite reads the files at build time; keys are paths relative to this file.
const SOURCES = import.meta.glob<string>('../**/*.css', {
  query: '?raw',
  import: 'default',
  eager: true,
});
// The folders with components: each needs its CSS file.
const COMPONENT_FOLDERS = new Set(
  Object.keys(import.meta.glob('../features/wizard/*/*.tsx')).map((f) =>
    f.slice(0, f.lastIndexOf('/')),
  ),
);
const TOKENS_FILE = './tokens.css';
const INDEX_FILE = './index.css';

/** Comments out, so prose in them is not checked. */
function stripComments(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, '');
}

// A number with a length unit (0 is fine without one), and colour literals.
const LENGTH = /(?<![\w-])-?(?:\d*\.)?\d+(px|r?em|ex|ch|vw|vh|vmin|vmax|pt|pc|cm|mm|in|q)\b/gi;
const COLOUR = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/gi;

/** Raw lengths and colours outside tokens.css, as "line: text". Media query conditions may use px. */
function rawValues(css: string): string[] {
  const found: string[] = [];
  stripComments(css)
    .split('\n')
    .forEach((line, i) => {
      if (/^\s*@media\b/.test(line)) return;
      for (const m of line.matchAll(LENGTH)) found.push(`${i + 1}: ${m[0]}`);
      for (const m of line.matchAll(COLOUR)) found.push(`${i + 1}: ${m[0]}`);
    });
  return found;
}

/** Custom properties a file defines. */
function defined(css: string): Set<string> {
  return new Set([...stripComments(css).matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1] ?? ''));
}

/** Custom properties a file reads through var(). */
function used(css: string): Set<string> {
  return new Set([...stripComments(css).matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1] ?? ''));
}

function source(file: string): string {
  const css = SOURCES[file];
  if (css === undefined) throw new Error(`${file} is missing`);
  return css;
}

describe('renderer styles', () => {
  const files = Object.keys(SOURCES).sort();
  const tokens = defined(source(TOKENS_FILE));

  it('finds the CSS files, tokens included', () => {
    expect(files).toContain(TOKENS_FILE);
    expect(files.length).toBeGreaterThanOrEqual(8);
    expect(tokens.size).toBeGreaterThan(40);
  });

  it('catches a raw length or colour (the check itself works)', () => {
    const bad = '.a {\n  margin: 0.35rem 0 1px;\n  color: #fff;\n  gap: var(--space-8);\n}';
    expect(rawValues(bad)).toEqual(['2: 0.35rem', '2: 1px', '3: #fff']);
    expect(rawValues('@media (max-width: 640px) {\n  .a { padding: 0; }\n}')).toEqual([]);
    expect(rawValues('.a { width: calc(100% - 2 * var(--space-32)); opacity: 0.65; }')).toEqual([]);
  });

  it.each(files.filter((f) => f !== TOKENS_FILE))(
    '%s has no raw length or colour: every value comes from tokens.css',
    (file) => {
      expect(rawValues(source(file))).toEqual([]);
    },
  );

  it.each(files)('%s uses only tokens that exist', (file) => {
    const css = source(file);
    const known = new Set([...tokens, ...defined(css)]);
    expect([...used(css)].filter((name) => !known.has(name))).toEqual([]);
  });

  it('has no token that nothing uses', () => {
    const all = new Set(files.flatMap((f) => [...used(source(f))]));
    expect([...tokens].filter((name) => !all.has(name))).toEqual([]);
  });

  it('keeps tokens.css to custom properties (plus color-scheme)', () => {
    const declarations = [...stripComments(source(TOKENS_FILE)).matchAll(/([\w-]+)\s*:(?!:)/g)]
      .map((m) => m[1] ?? '')
      .filter((p) => !p.startsWith('--') && p !== 'prefers-color-scheme');
    expect(declarations).toEqual(['color-scheme']);
  });

  it('gives every feature folder and the shell exactly one CSS file, named after it', () => {
    const outside = files.filter((f) => !f.startsWith('./'));
    for (const file of outside) {
      const m = /^\.\.\/(?:app\/app|features\/wizard\/([\w-]+)\/\1)\.css$/.exec(file);
      expect(m, `${file} is not <folder>/<folder>.css`).not.toBeNull();
    }
    expect(outside).toContain('../app/app.css');
    for (const folder of COMPONENT_FOLDERS)
      expect(outside).toContain(`${folder}/${folder.slice(folder.lastIndexOf('/') + 1)}.css`);
    expect(COMPONENT_FOLDERS.size).toBeGreaterThanOrEqual(6);
  });

  it('imports every CSS file from index.css, tokens first', () => {
    const imports = [...source(INDEX_FILE).matchAll(/@import\s+'([^']+)'/g)].map((m) => m[1]);
    expect(imports[0]).toBe(TOKENS_FILE);
    expect([...imports].sort()).toEqual(files.filter((f) => f !== INDEX_FILE));
  });
});
