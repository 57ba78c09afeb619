/** Removes secrets (credentials and their encodings) from text before it is recorded anywhere. */

/** The placeholder that replaces a secret. */
export const REDACTED = '[redacted]';

/** Holds the secret strings of one login test; clear() drops them once AUTH is over. */
export class Redactor {
  private secrets: string[] = [];

  /** Adds secrets; empty strings and very short ones (which would shred ordinary text) are skipped. */
  add(...values: string[]): void {
    for (const v of values) if (v.length >= 3 && !this.secrets.includes(v)) this.secrets.push(v);
    // Longest first, so a secret that contains another is replaced whole.
    this.secrets.sort((a, b) => b.length - a.length);
  }

  /** Replaces every occurrence of every secret with REDACTED. */
  apply(text: string): string {
    let out = text;
    for (const s of this.secrets) out = out.split(s).join(REDACTED);
    return out;
  }

  /** Forgets all secrets. */
  clear(): void {
    this.secrets = [];
  }
}

/** The encodings of a credential that a server might echo: raw and base64. */
export function secretForms(value: string): string[] {
  return [value, Buffer.from(value, 'utf8').toString('base64')];
}
