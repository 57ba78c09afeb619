/**
 * A small, strict XML reader for config-v1.1 documents (the ISPDB files the converter reads, and
 * autoconfig answers the engine fetches): elements, attributes, text, comments, processing
 * instructions, CDATA and the predefined and numeric entities. No DTDs (the files have none, and
 * refusing them keeps entity expansion out of the picture). Pure code: no node: imports.
 */

/** An element with its attributes and children (elements and text, in order). */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: (XmlElement | string)[];
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(raw: string, where: number): string {
  return raw.replace(/&([^;\s&]*);?/g, (whole, body: string) => {
    if (!whole.endsWith(';')) throw new Error(`unterminated entity near offset ${where}`);
    const named = NAMED[body];
    if (named !== undefined) return named;
    const num = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(body);
    if (num)
      return String.fromCodePoint(num[1] !== undefined ? parseInt(num[1], 16) : Number(num[2]));
    throw new Error(`unknown entity &${body}; near offset ${where}`);
  });
}

const NAME = /[A-Za-z_:][-A-Za-z0-9_.:]*/y;
const ATTR = /\s+([A-Za-z_:][-A-Za-z0-9_.:]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;

/** Parses a document and returns its root element; throws with an offset on malformed input. */
export function parseXml(text: string): XmlElement {
  const src = text.startsWith('\ufeff') ? text.slice(1) : text;
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let i = 0;
  const top = (): XmlElement => stack[stack.length - 1] as XmlElement;
  const skipTo = (end: string, what: string): void => {
    const at = src.indexOf(end, i);
    if (at < 0) throw new Error(`unterminated ${what} at offset ${i}`);
    i = at + end.length;
  };
  const addText = (t: string): void => {
    if (stack.length === 1) {
      if (t.trim() !== '') throw new Error(`text outside the root element at offset ${i}`);
      return;
    }
    top().children.push(t);
  };

  while (i < src.length) {
    const lt = src.indexOf('<', i);
    if (lt < 0) {
      addText(decodeEntities(src.slice(i), i));
      break;
    }
    if (lt > i) addText(decodeEntities(src.slice(i, lt), i));
    i = lt;
    if (src.startsWith('<?', i)) {
      skipTo('?>', 'processing instruction');
    } else if (src.startsWith('<!--', i)) {
      skipTo('-->', 'comment');
    } else if (src.startsWith('<![CDATA[', i)) {
      const start = i + 9;
      skipTo(']]>', 'CDATA section');
      addText(src.slice(start, i - 3));
    } else if (src.startsWith('<!', i)) {
      throw new Error(`DTDs are not supported (offset ${i})`);
    } else if (src.startsWith('</', i)) {
      NAME.lastIndex = i + 2;
      const m = NAME.exec(src);
      if (!m) throw new Error(`bad closing tag at offset ${i}`);
      const open = top();
      if (stack.length === 1 || open.name !== m[0]) {
        throw new Error(`</${m[0]}> does not close <${open.name}> at offset ${i}`);
      }
      i = NAME.lastIndex;
      const close = /\s*>/y;
      close.lastIndex = i;
      if (!close.exec(src)) throw new Error(`bad closing tag at offset ${i}`);
      i = close.lastIndex;
      stack.pop();
    } else {
      NAME.lastIndex = i + 1;
      const m = NAME.exec(src);
      if (!m) throw new Error(`bad tag at offset ${i}`);
      const el: XmlElement = { name: m[0], attrs: {}, children: [] };
      i = NAME.lastIndex;
      for (;;) {
        ATTR.lastIndex = i;
        const a = ATTR.exec(src);
        if (!a) break;
        const attrName = a[1] as string;
        if (attrName in el.attrs) throw new Error(`duplicate attribute ${attrName} at offset ${i}`);
        el.attrs[attrName] = decodeEntities(a[2] ?? a[3] ?? '', i);
        i = ATTR.lastIndex;
      }
      const end = /\s*(\/?)>/y;
      end.lastIndex = i;
      const e = end.exec(src);
      if (!e) throw new Error(`bad tag <${el.name}> at offset ${i}`);
      i = end.lastIndex;
      if (stack.length === 1 && root.children.some((c) => typeof c !== 'string')) {
        throw new Error(`second root element at offset ${lt}`);
      }
      top().children.push(el);
      if (e[1] !== '/') stack.push(el);
    }
  }
  if (stack.length > 1) throw new Error(`<${top().name}> is never closed`);
  const doc = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!doc) throw new Error('no root element');
  return doc;
}

/** The child elements with this name. */
export function childElements(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

/** The text of the first child element with this name, whitespace collapsed; null if absent. */
export function childText(el: XmlElement, name: string): string | null {
  const c = childElements(el, name)[0];
  return c === undefined ? null : textOf(c);
}

/** All text inside an element (not its descendants' elements' text), whitespace collapsed. */
export function textOf(el: XmlElement): string {
  return el.children
    .filter((c): c is string => typeof c === 'string')
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
