/**
 * DOM building without HTML parsing: every string becomes a text node or a checked attribute,
 * so report text and titles can never turn into markup.
 */

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined>;

const SAFE_ATTR = /^(class|id|dir|lang|title|role|type|name|value|placeholder|for|tabindex|colspan|href|target|rel|min|max|step|list|autocomplete|aria-[a-z-]+|data-[a-z-]+)$/;

/** Sets an attribute after checking its name (no event handlers) and, for href, its scheme. */
export function setAttr(el: Element, name: string, value: string | number | boolean | null | undefined): void {
  if (value === null || value === undefined || value === false) return;
  if (!SAFE_ATTR.test(name)) throw new Error(`attribute not allowed: ${name}`);
  const text = value === true ? '' : String(value);
  if (name === 'href' && !/^(https?:|#|\/|\?)/i.test(text)) return;
  el.setAttribute(name, text);
}

/** Creates an HTML element with checked attributes and text/node children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) setAttr(el, name, value);
  append(el, ...children);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Creates an SVG element; attribute values are set as plain strings. */
export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (/^on/i.test(name)) throw new Error(`attribute not allowed: ${name}`);
    el.setAttribute(name, String(value));
  }
  return el;
}

/** Appends children; strings and numbers become text nodes. */
export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

/** Replaces all children of `parent`. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}
