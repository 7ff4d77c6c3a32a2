/** The few DOM members marsad uses, so the code does not depend on the DOM lib or on linkedom's classes. */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}

export interface DomDocument extends DomNode {
  documentElement: DomNode | null;
  body: DomNode | null;
  title?: string;
  querySelector(selector: string): DomNode | null;
  querySelectorAll(selector: string): ArrayLike<DomNode>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Attribute value of an element node, or null. */
export function attr(node: DomNode | null, name: string): string | null {
  if (!node || typeof node.getAttribute !== 'function') return null;
  const value = node.getAttribute(name);
  return value === null || value.trim() === '' ? null : value.trim();
}
