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
  ])('refuses %s', (_name, xml) => {
    expect(() => parseXml(xml)).toThrow();
  });
});
