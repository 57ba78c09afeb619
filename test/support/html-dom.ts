/**
 * TEST HELPER: parses a page with jsdom (scripts never run) for the report-file tests, typed with
 * only the little of the DOM they use: the package ships no types and the Node-side tsconfig has
 * no DOM library.
 */
// @ts-expect-error -- jsdom has no bundled types and @types/jsdom is not installed; typed below.
import { JSDOM } from 'jsdom';

/** An element, as far as the tests look at it. */
export interface TestElement {
  readonly localName: string;
  readonly attributes: Iterable<{ readonly name: string }>;
  readonly textContent: string | null;
  readonly lang: string;
  getAttribute(name: string): string | null;
}

/** A parsed document, as far as the tests look at it. */
export interface TestDocument {
  readonly body: TestElement;
  readonly documentElement: TestElement;
  querySelector(selector: string): TestElement | null;
  querySelectorAll(selector: string): ArrayLike<TestElement> & Iterable<TestElement>;
}

const Dom = JSDOM as new (html: string) => { window: { document: TestDocument } };

/** The document of an HTML text, parsed like a browser would (without running any script). */
export function parseHtml(html: string): TestDocument {
  return new Dom(html).window.document;
}
