/**
 * prefs.js as lines of bytes: SendCheck edits a statement only when it stands alone on its line,
 * so that every other byte (comments, indentation, line endings) stays as it was.
 */
import { parsePrefs } from './prefs-js.js';

/** Splits bytes into lines, each with its own line ending (the last may have none). */
export function splitLines(bytes: Buffer): Buffer[] {
  const lines: Buffer[] = [];
  let from = 0;
  for (let nl = bytes.indexOf(0x0a, from); nl >= 0; nl = bytes.indexOf(0x0a, from)) {
    lines.push(bytes.subarray(from, nl + 1));
    from = nl + 1;
  }
  if (from < bytes.length) lines.push(bytes.subarray(from));
  return lines;
}

/** The line's one statement when the line holds exactly one well-formed user_pref. */
export function soleStatement(line: Buffer): { name: string; start: number; end: number } | null {
  const p = parsePrefs(line);
  if (p.errors.length > 0 || p.statements.length !== 1) return null;
  const s = p.statements[0];
  return s && s.kind === 'user_pref' ? s : null;
}

/** The line ending of a line, or the file's own when the line has none. */
export function lineEnding(line: Buffer | undefined, whole: Buffer): string {
  if (line && line.at(-1) === 0x0a) return line.at(-2) === 0x0d ? '\r\n' : '\n';
  return whole.includes('\r\n') ? '\r\n' : '\n';
}
