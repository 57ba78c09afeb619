import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { childElements, childText, parseXml, textOf } from './xml-lite.js';

describe('parseXml', () => {
  it('reads elements, attributes, comments, entities and CDATA', () => {
    const root = parseXml(`\ufeff<?xml version="1.0" encoding="UTF-8"?>
<!-- a comment with <tags> -->
<clientConfig version='1.1'>
  <emailProvider id="a&amp;b">
    <!-- <domain>commented.out</domain> -->
    <domain>example.jp</domain>
    <displayName>AT&amp;T &lt;mail&gt; &#x41;&#66; &quot;q&quot; &apos;</displayName>
    <note><![CDATA[<raw> & stuff]]></note>
    <empty/>
    <empty2 a="1" />
  </emailProvider>
</clientConfig>
`);
    expect(root.name).toBe('clientConfig');
    expect(root.attrs).toEqual({ version: '1.1' });
    const ep = childElements(root, 'emailProvider')[0];
    expect(ep?.attrs.id).toBe('a&b');
    if (!ep) return;
    expect(childElements(ep, 'domain').map(textOf)).toEqual(['example.jp']);
    expect(childText(ep, 'displayName')).toBe('AT&T <mail> AB "q" \'');
    expect(childText(ep, 'note')).toBe('<raw> & stuff');
    expect(childText(ep, 'empty')).toBe('');
    expect(childElements(ep, 'empty2')[0]?.attrs).toEqual({ a: '1' });
    expect(childText(ep, 'missing')).toBeNull();
  });

  it('collapses whitespace in text', () => {
    expect(textOf(parseXml('<a>\n  one \n two\t</a>'))).toBe('one two');
  });

  it.each([
    ['mismatched close', '<a><b></a></b>'],
    ['never closed', '<a><b></b>'],
    ['unknown entity', '<a>&nbsp;</a>'],
    ['bare ampersand', '<a>fish & chips</a>'],
    ['DTD', '<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>'],
    ['two roots', '<a/><b/>'],
    ['text outside root', 'hello <a/>'],
    ['unterminated comment', '<a><!-- oops</a>'],
    ['duplicate attribute', '<a x="1" x="2"/>'],
    ['bad tag', '<a><1/></a>'],
    ['empty', ''],
    ['control character', '<a>x\u0001y</a>'],
    ['NUL character reference', '<a>&#0;</a>'],
    ['surrogate character reference', '<a>&#xD800;</a>'],
    ['character reference past U+10FFFF', '<a>&#x110000;</a>'],
    [']]> in text', '<a>x]]>y</a>'],
    ['< in an attribute', '<a x="<"/>'],
  ])('refuses %s', (_name, xml) => {
    expect(() => parseXml(xml)).toThrow();
  });

  it('keeps an attribute named __proto__ as plain data', () => {
    const el = parseXml('<a __proto__="x" constructor="y"/>');
    expect(Object.getPrototypeOf(el.attrs)).toBe(Object.prototype);
    expect(Object.keys(el.attrs)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('parseXml refuses document type declarations', () => {
  const laughs =
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' +
    Array.from({ length: 9 }, (_, i) => {
      const prev = i === 0 ? 'lol' : `lol${i}`;
      return `<!ENTITY lol${i + 1} "${`&${prev};`.repeat(10)}">`;
    }).join('') +
    ']><lolz>&lol9;</lolz>';

  it.each([
    ['billion laughs', laughs],
    ['an external entity', '<!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>'],
    ['an external DTD', '<!DOCTYPE a SYSTEM "https://example.invalid/a.dtd"><a/>'],
    ['a public DTD', '<!DOCTYPE a PUBLIC "-//X//EN" "http://example.invalid/a.dtd"><a/>'],
    ['a bare DOCTYPE', '<!DOCTYPE clientConfig><clientConfig/>'],
    ['a parameter entity', '<!DOCTYPE a [<!ENTITY % p SYSTEM "http://x.invalid/">%p;]><a/>'],
  ])('%s, at once', (_name, xml) => {
    const started = performance.now();
    expect(() => parseXml(xml)).toThrow(/DTDs are not supported/);
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('does not expand an entity that no DTD declared', () => {
    expect(() => parseXml('<a>&lol9;</a>')).toThrow(/undefined entity/);
  });
});

describe('parseXml on large input', () => {
  it('reads 1 MiB of text in well under a second', () => {
    const started = performance.now();
    const el = parseXml(`<a>${'x&amp;'.repeat(200_000)}</a>`);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(textOf(el)).toHaveLength(400_000);
  });

  it('reads 100,000 nested elements without recursion', () => {
    const depth = 100_000;
    const el = parseXml('<e>'.repeat(depth) + 'x' + '</e>'.repeat(depth));
    let d = 1;
    for (let c = el.children[0]; typeof c === 'object'; c = c.children[0]) d++;
    expect(d).toBe(depth);
  });

  it('reads 50,000 siblings and 1,000 attributes', () => {
    const attrs = Array.from({ length: 1000 }, (_, i) => ` a${i}="${i}"`).join('');
    const el = parseXml(`<a${attrs}>${'<b/>'.repeat(50_000)}</a>`);
    expect(Object.keys(el.attrs)).toHaveLength(1000);
    expect(childElements(el, 'b')).toHaveLength(50_000);
  });
});

describe('parseXml on generated documents', () => {
  interface Tree {
    name: string;
    attrs: Record<string, string>;
    children: (Tree | string)[];
  }
  const name = fc.stringMatching(/^[A-Za-z_][-A-Za-z0-9_.]{0,8}$/);
  const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 });
  const escape = (s: string): string =>
    s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
    tree: fc.record({
      name,
      attrs: fc.dictionary(name, text, { maxKeys: 3 }),
      children: fc.array(fc.oneof({ depthSize: 'small' }, text, tie('tree')), { maxLength: 4 }),
    }),
  }));
  const serialize = (t: Tree): string =>
    `<${t.name}${Object.entries(t.attrs)
      .map(([k, v]) => ` ${k}="${escape(v)}"`)
      .join(
        '',
      )}>${t.children.map((c) => (typeof c === 'string' ? escape(c) : serialize(c))).join('')}</${t.name}>`;
  // Adjacent text children arrive as one run, and attribute values are normalised (XML 1.0, 3.3.3).
  const normalise = (t: Tree): Tree => ({
    name: t.name,
    attrs: Object.fromEntries(
      Object.entries(t.attrs).map(([k, v]) => [k, v.replace(/\r\n|[\t\n\r]/g, ' ')]),
    ),
    children: t.children
      .map((c) => (typeof c === 'string' ? c.replace(/\r\n?/g, '\n') : normalise(c)))
      .reduce<(Tree | string)[]>((out, c) => {
        const last = out[out.length - 1];
        if (typeof c === 'string' && typeof last === 'string') out[out.length - 1] = last + c;
        else out.push(c);
        return out;
      }, []),
  });

  it('gives back the tree that was written', () => {
    const xmlChar = /^[\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u;
    fc.assert(
      fc.property(tree, (t) => {
        fc.pre(xmlChar.test(JSON.stringify(t)));
        expect(normalise(parseXml(serialize(t)))).toEqual(normalise(t));
      }),
      { numRuns: 300 },
    );
  });

  it('either parses or throws an Error on arbitrary text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'<>/&;="\'?!-[]ax \n#'), maxLength: 40 }),
        (s) => {
          try {
            parseXml(s);
          } catch (e) {
            expect(e).toBeInstanceOf(Error);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
