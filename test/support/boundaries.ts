/**
 * TEST HELPER for the boundary test (scripts/lint-boundaries.test.ts): reads a checkout and finds
 * what docs/architecture.md forbids. The import graph is read with TypeScript's own pre-processor
 * (every `import`, `import type`, `export … from` and `import()` counts: a type-only import ties
 * two files together for a reader as much as any other); comments are read with its scanner.
 * Each check takes the checkout's root, so a test can run it on a temporary copy with something
 * planted in it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** The folders whose non-test files are production code: what the app and the CLI are built from. */
export const PRODUCTION_FOLDERS = ['electron', 'renderer', 'shared'] as const;
/** Every folder of source the repository keeps (production, tooling and tests). */
export const SOURCE_FOLDERS = [...PRODUCTION_FOLDERS, 'scripts', 'e2e', 'test', 'bench'] as const;

/** Copies of other programs' files, kept byte for byte: not our comments. */
const NOT_OURS = /^test\/fixtures\/mail-programs\//;

/** A test file, a test helper or a declaration file: not production code. */
export function isTestFile(relative: string): boolean {
  return /\.test\.tsx?$/.test(relative) || /(^|\/)test\//.test(relative);
}

/** Every source file below `dir` (relative to `root`, with / separators), node_modules left out. */
export function sourceFiles(root: string, dir: string, ext = /\.(tsx?|mjs|js)$/): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(path.join(root, d))) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      const rel = `${d}/${name}`;
      if (statSync(path.join(root, rel)).isDirectory()) walk(rel);
      else if (ext.test(name) && !NOT_OURS.test(rel)) out.push(rel);
    }
  };
  if (existsSync(path.join(root, dir))) walk(dir);
  return out.sort();
}

/** The production TypeScript files of a checkout. */
export function productionFiles(root: string): string[] {
  return PRODUCTION_FOLDERS.flatMap((d) => sourceFiles(root, d, /\.tsx?$/)).filter(
    (f) => !isTestFile(f) && !f.endsWith('.d.ts'),
  );
}

/** The file a relative import specifier names (`./x.js` is written for `./x.ts`), or null. */
function resolve(root: string, from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
  const stem = base.replace(/\.(m?js|jsx)$/, '');
  for (const candidate of [`${stem}.ts`, `${stem}.tsx`, `${stem}/index.ts`, base]) {
    const full = path.join(root, candidate);
    if (existsSync(full) && statSync(full).isFile()) return candidate;
  }
  return null;
}

/** The repository files one file imports (relative to `root`). */
export function importsOf(root: string, file: string): string[] {
  const info = ts.preProcessFile(readFileSync(path.join(root, file), 'utf8'), true, true);
  const resolved = info.importedFiles.map((f) => resolve(root, file, f.fileName));
  return [...new Set(resolved.filter((f) => f !== null))];
}

/** The import graph among the given files: file → the files among them it imports. */
export function importGraph(root: string, files: readonly string[]): Map<string, string[]> {
  const known = new Set(files);
  return new Map(files.map((f) => [f, importsOf(root, f).filter((to) => known.has(to))]));
}

/** One strongly connected component of two or more files (or a file importing itself), sorted. */
export function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  // Tarjan's algorithm, iterative so a long chain cannot overflow the stack.
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, next);
    low.set(node, next++);
    stack.push(node);
    onStack.add(node);
  };
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work: { node: string; edge: number }[] = [{ node: start, edge: 0 }];
    visit(start);
    while (work.length > 0) {
      const top = work[work.length - 1] as { node: string; edge: number };
      const edges = graph.get(top.node) ?? [];
      if (top.edge < edges.length) {
        const to = edges[top.edge++] as string;
        if (!index.has(to)) {
          visit(to);
          work.push({ node: to, edge: 0 });
        } else if (onStack.has(to)) {
          low.set(top.node, Math.min(low.get(top.node) ?? 0, index.get(to) ?? 0));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node) ?? 0, low.get(top.node) ?? 0));
      if (low.get(top.node) !== index.get(top.node)) continue;
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        component.push(member);
      } while (member !== top.node);
      const selfLoop = component.length === 1 && (graph.get(top.node) ?? []).includes(top.node);
      if (component.length > 1 || selfLoop) found.push(component.sort());
    }
  }
  return found.sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
}

/** The import cycles among a checkout's production files. */
export function productionCycles(root: string): string[][] {
  return cycles(importGraph(root, productionFiles(root)));
}

/** Production files that import test code: `from → the test file`. */
export function testImports(root: string): string[] {
  return productionFiles(root).flatMap((f) =>
    importsOf(root, f)
      .filter((to) => isTestFile(to))
      .map((to) => `${f} → ${to}`),
  );
}

/** Production files under renderer/ or shared/ that import from electron/ (built for the browser too). */
export function browserImportsOfElectron(root: string): string[] {
  const files = [
    ...sourceFiles(root, 'renderer', /\.tsx?$/),
    ...sourceFiles(root, 'shared', /\.tsx?$/),
  ];
  return files
    .filter((f) => !isTestFile(f))
    .flatMap((f) =>
      importsOf(root, f)
        .filter((to) => to.startsWith('electron/'))
        .map((to) => `${f} → ${to}`),
    );
}

/** The comments of a source file, with the line each starts on (from its syntax tree: no regex or template confuses it). */
export function commentsOf(file: string, text: string): { line: number; text: string }[] {
  const kind = file.endsWith('.tsx')
    ? ts.ScriptKind.TSX
    : /\.m?js$/.test(file)
      ? ts.ScriptKind.JS
      : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const found = new Map<number, string>();
  const visit = (node: ts.Node): void => {
    // Every comment is trivia before some token (or before the end of the file).
    for (const r of ts.getLeadingCommentRanges(text, node.getFullStart()) ?? [])
      found.set(r.pos, text.slice(r.pos, r.end));
    for (const child of node.getChildren(source)) visit(child);
  };
  visit(source);
  return [...found]
    .sort(([a], [b]) => a - b)
    .map(([pos, comment]) => ({
      line: source.getLineAndCharacterOfPosition(pos).line + 1,
      text: comment,
    }));
}

/** The design documents' names: each must be named as the repository's own page, docs/<name>.md. */
function designPages(root: string): string[] {
  const pages = existsSync(path.join(root, 'docs'))
    ? readdirSync(path.join(root, 'docs')).filter((n) => n.endsWith('.md'))
    : [];
  // The design notes the project started from, kept outside the repository, go by these names too.
  return [
    ...new Set([...pages.map((n) => n.slice(0, -3)), 'diagnosis', 'architecture', 'reliability']),
  ];
}

/** The paths a comment names that lead outside the repository, or to a page it does not have. */
function outsidePaths(root: string, file: string, comment: string, pages: string[]): string[] {
  const found: string[] = [];
  const inRepo = (p: string) => !path.relative(root, p).startsWith('..') && existsSync(p);
  // A relative path up (../): read from the file's folder, it must name something the checkout has.
  for (const m of comment.matchAll(/(?:^|[\s('"`])((?:\.\.\/)+[\w.@-]+(?:\/[\w.@*-]+)*)/g)) {
    const named = (m[1] ?? '').replace(/[.,;:]+$/, '').split('*')[0] ?? '';
    if (!inRepo(path.resolve(root, path.dirname(file), named))) found.push(m[1] ?? '');
  }
  // An absolute path on the machine the code was written on.
  for (const m of comment.matchAll(/(?:^|[\s('"`])(\/(?:work|home|Users)\/[\w./-]*)/g))
    found.push((m[1] ?? '').replace(/[.,;:]+$/, ''));
  // A design page by name: only as docs/<name>.md, and the page must exist.
  const page = new RegExp(`([\\w./-]*?)\\b(${pages.join('|')})\\.md\\b`, 'g');
  for (const m of comment.matchAll(page)) {
    const named = `${m[1] ?? ''}${m[2] ?? ''}.md`;
    if (m[1] !== 'docs/' || !existsSync(path.join(root, named))) found.push(named);
  }
  // docs/<page> without .md (as in "see docs/architecture"): the page must exist.
  for (const m of comment.matchAll(/\bdocs\/([\w-]+)(?![\w.-])/g)) {
    if (!existsSync(path.join(root, 'docs', `${m[1] ?? ''}.md`))) found.push(`docs/${m[1] ?? ''}`);
  }
  return [...new Set(found)];
}

/** Every comment of the checkout's source that names a path outside it: `file:line: path`. */
export function commentsPointingOutside(root: string): string[] {
  const out: string[] = [];
  const pages = designPages(root);
  const files = [
    ...SOURCE_FOLDERS.flatMap((d) => sourceFiles(root, d)),
    ...readdirSync(root).filter(
      (n) => /\.(ts|js|mjs)$/.test(n) && statSync(path.join(root, n)).isFile(),
    ),
  ];
  for (const file of files) {
    const text = readFileSync(path.join(root, file), 'utf8');
    for (const c of commentsOf(file, text))
      for (const p of outsidePaths(root, file, c.text, pages)) out.push(`${file}:${c.line}: ${p}`);
  }
  return out;
}

/** Every place in the checkout's source (code or comment) that names an issue by its number. */
export function issueNumbers(root: string): string[] {
  const out: string[] = [];
  for (const file of SOURCE_FOLDERS.flatMap((d) => sourceFiles(root, d))) {
    const lines = readFileSync(path.join(root, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      const m = /\b(?:issues?|pull request|PR)\s*#?\d+/i.exec(line);
      if (m) out.push(`${file}:${i + 1}: ${m[0].trim()}`);
    });
  }
  return out;
}
