/**
 * A small tree over saxes, a strict XML 1.0 parser, for config-v1.1 documents (the ISPDB files
 * the converter reads, and autoconfig answers the engine fetches). Any document type declaration
 * is refused outright: the files have none, and refusing it keeps entity expansion (billion
 * laughs) and external entities out of the picture. saxes itself never reads the internal subset
 * and knows only the five predefined entities, so &x; from a DTD could not expand either.
 * Only well-formed documents get through; anything else throws with line and column.
 * docs/parsers.md says why saxes and not fast-xml-parser or our own reader. No node: imports.
 */
import { SaxesParser } from 'saxes';

/** An element with its attributes and children (elements and text, in order). */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: (XmlElement | string)[];
}

/** Parses a document and returns its root element; throws with a position on malformed input. */
export function parseXml(text: string): XmlElement {
  const parser = new SaxesParser({ position: true });
  const doc: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [doc];
  const top = (): XmlElement => stack[stack.length - 1] as XmlElement;
  const addText = (t: string): void => {
    // saxes refuses non-blank text outside the root itself; the blanks are of no use.
    if (stack.length > 1) top().children.push(t);
  };
  // A handler that throws stops write() at once: the parser is not used again.
  parser.on('error', (err) => {
    throw err;
  });
  parser.on('doctype', () => {
    throw new Error(`DTDs are not supported (line ${parser.line})`);
  });
  parser.on('opentag', (tag) => {
    // fromEntries defines own properties, so an attribute named __proto__ stays plain data.
    const el: XmlElement = {
      name: tag.name,
      attrs: Object.fromEntries(Object.entries(tag.attributes)),
      children: [],
    };
    top().children.push(el);
    stack.push(el);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.write(text).close();
  const root = doc.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!root) throw new Error('no root element');
  return root;
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
