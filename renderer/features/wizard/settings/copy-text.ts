/** Copies text to the clipboard; false when neither the Clipboard API nor the old copy command worked. */
export async function copyText(text: string, doc: Document = document): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // The Clipboard API can be refused (e.g. a permission handler that denies everything): fall back.
  }
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'offscreen';
  doc.body.append(area);
  const active = doc.activeElement as HTMLElement | null;
  area.select();
  let ok: boolean;
  try {
    // Deprecated, but the one way left when the Clipboard API is refused.
    ok = doc.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  active?.focus();
  return ok;
}
