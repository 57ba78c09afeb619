/**
 * A small INI reader for profiles.ini (Thunderbird, UTF-8) and Becky!'s Mailbox.ini (the Windows
 * ANSI code page, Shift_JIS on Japanese Windows). Sections keep their order; keys are looked up
 * without case, as Windows' GetPrivateProfileString does.
 */

/** One [section] with its keys (first occurrence wins, like GetPrivateProfileString). */
export interface IniSection {
  name: string;
  get(key: string): string | undefined;
}

/** Parses INI text: `[name]` headers, `key=value` lines, `;` and `#` comment lines. */
export function parseIni(text: string): IniSection[] {
  const sections: { name: string; keys: Map<string, string> }[] = [];
  let current: { name: string; keys: Map<string, string> } | null = null;
  for (const raw of text.replace(/^\ufeff/, '').split(/\r\n|\n|\r/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith(';') || line.startsWith('#')) continue;
    const header = /^\[(.*)\]$/.exec(line);
    if (header) {
      current = { name: (header[1] ?? '').trim(), keys: new Map() };
      sections.push(current);
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0 || current === null) continue;
    const key = line.slice(0, eq).trim().toLowerCase();
    if (!current.keys.has(key)) current.keys.set(key, line.slice(eq + 1).trim());
  }
  return sections.map((s) => ({
    name: s.name,
    get: (key: string) => s.keys.get(key.toLowerCase()),
  }));
}

/** The first section with this name (case-insensitive). */
export function iniSection(sections: IniSection[], name: string): IniSection | undefined {
  const want = name.toLowerCase();
  return sections.find((s) => s.name.toLowerCase() === want);
}

/**
 * Decodes a file written in the Windows ANSI code page or UTF-8: UTF-8 (with or without BOM) when it
 * is valid UTF-8, else Shift_JIS (cp932), the code page of the Japanese Windows Becky! users run.
 */
export function decodeWindowsText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('shift_jis').decode(bytes);
  }
}
