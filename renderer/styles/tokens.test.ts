/**
 * The style rules, checked over every CSS file of the renderer: raw lengths and colours live in
 * tokens.css only, every var() names a token that exists, no token is dead, each feature folder has
 * its one CSS file, and index.css imports them all. The colours' contrast is computed from the
 * tokens in both themes, and no text is set smaller than the root size.
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

/** The colour tokens of one block of tokens.css (the :root block, or the dark theme's). */
function colours(css: string): Map<string, string> {
  return new Map(
    [...css.matchAll(/(--[\w-]+)\s*:\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [
      m[1] ?? '',
      (m[2] ?? '').toLowerCase(),
    ]),
  );
}

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

// Every background text is set on, the body text (7:1, WCAG AAA) and the secondary and status text
// (4.5:1, WCAG AA) set on them, and the text on the accent buttons.
const BACKGROUNDS = ['--bg', '--surface', '--surface-2', '--code-bg', '--problem-bg'];
const BODY_TEXT = ['--text'];
const SECONDARY_TEXT = ['--muted', '--accent', '--accent-hover', '--ok', '--problem', '--info'];
const BUTTON_PAIRS = [
  ['--accent-text', '--accent'],
  ['--accent-text', '--accent-hover'],
] as const;

/** Every pair below its figure, as "theme: fg on bg = ratio < figure". */
function lowContrast(theme: string, c: Map<string, string>): string[] {
  const pairs: [string, string, number][] = [
    ...BODY_TEXT.flatMap((fg) => BACKGROUNDS.map((bg): [string, string, number] => [fg, bg, 7])),
    ...SECONDARY_TEXT.flatMap((fg) =>
      BACKGROUNDS.map((bg): [string, string, number] => [fg, bg, 4.5]),
    ),
    ...BUTTON_PAIRS.map(([fg, bg]): [string, string, number] => [fg, bg, 4.5]),
  ];
  return pairs.flatMap(([fg, bg, min]) => {
    const a = c.get(fg);
    const b = c.get(bg);
    if (a === undefined || b === undefined)
      return [`${theme}: ${fg} or ${bg} is not a #rrggbb token`];
    const ratio = contrast(a, b);
    return ratio < min ? [`${theme}: ${fg} on ${bg} = ${ratio.toFixed(2)} < ${min}`] : [];
  });
}

/** The type-size tokens below 1rem (the root size), as "name: value". */
function smallTextTokens(css: string): string[] {
  // 1rem is 16 px on screen, and 12 pt on paper (the printed sheet's sizes are in points).
  const ROOT: Record<string, number> = { rem: 1, pt: 12 };
  return [...css.matchAll(/(--text-[\w-]+)\s*:\s*([\d.]+)(rem|pt)\s*;/g)]
    .filter((m) => Number(m[2]) < (ROOT[m[3] ?? 'rem'] ?? 1))
    .map((m) => `${m[1]}: ${m[2]}${m[3]}`);
}

/** font-size values that are not a --text-* token (inherit, and the root's 100% or its large size, are fine). */
function untokenedFontSizes(css: string): string[] {
  return [...stripComments(css).matchAll(/font-size\s*:\s*([^;]+);/g)]
    .map((m) => (m[1] ?? '').trim())
    .filter(
      (v) => !/^var\(--(?:text|root-size)-[\w-]+\)$/.test(v) && v !== 'inherit' && v !== '100%',
    );
}

// The explanations a customer reads closely: in the body text's colour, never the muted grey.
const EXPLANATIONS = ['.hint', '.settings-note', '.settings-sub', '.fixed-undo', '.account-meta'];

/** The rules for an explanation's selector that set a colour other than --text, as "selector: colour". */
function greyExplanations(css: string): string[] {
  return [...stripComments(css).matchAll(/([^{}]+)\{([^}]*)\}/g)].flatMap((m) => {
    const selectors = (m[1] ?? '').split(',').map((x) => x.trim());
    const colour = /(?:^|;)\s*color\s*:\s*([^;]+)/.exec(m[2] ?? '')?.[1]?.trim();
    return selectors
      .filter(
        (sel) => EXPLANATIONS.includes(sel) && colour !== undefined && colour !== 'var(--text)',
      )
      .map((sel) => `${sel}: ${colour}`);
  });
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

  it('computes contrast the WCAG way (the check itself works)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    const grey = new Map([...colours(source(TOKENS_FILE).split('@media')[0] ?? '')]);
    grey.set('--text', '#767676');
    expect(lowContrast('planted', grey)).toContain('planted: --text on --surface = 4.54 < 7');
    expect(greyExplanations('.a, .hint {\n  color: var(--muted);\n}')).toEqual([
      '.hint: var(--muted)',
    ]);
    expect(smallTextTokens('--text-sm: 0.875rem; --text-md: 1rem;')).toEqual([
      '--text-sm: 0.875rem',
    ]);
  });

  it.each([
    ['light', 0],
    ['dark', 1],
  ] as const)(
    'the %s theme: body text 7:1 or more on every background, secondary text 4.5:1',
    (theme, block) => {
      const parts = stripComments(source(TOKENS_FILE)).split(
        /@media\s*\(prefers-color-scheme:\s*dark\)/,
      );
      expect(parts).toHaveLength(2);
      const c = colours(parts[block] ?? '');
      expect(c.size).toBeGreaterThanOrEqual(BACKGROUNDS.length + SECONDARY_TEXT.length);
      expect(lowContrast(theme, c)).toEqual([]);
    },
  );

  it('sets no text smaller than the root size, and every font size from a --text-* token', () => {
    expect(smallTextTokens(source(TOKENS_FILE))).toEqual([]);
    expect(files.flatMap((f) => untokenedFontSizes(source(f)).map((v) => `${f}: ${v}`))).toEqual(
      [],
    );
  });

  it('sets hints and notes in the body text colour, not the muted grey', () => {
    expect(files.flatMap((f) => greyExplanations(source(f)).map((v) => `${f}: ${v}`))).toEqual([]);
  });
});
