// A tiny virtual DOM: render functions return plain VNode trees (testable without a browser) and
// mount() turns them into real nodes with createElement/createTextNode only, so program text from
// the simulation is always inserted as text, never parsed as HTML.

export interface VNode {
  tag: string; // '#text' for text nodes
  svg?: boolean;
  attrs?: Record<string, string>;
  text?: string;
  children?: VNode[];
  /** Click, or Enter / Space when focused. */
  onActivate?: () => void;
  /** A form control's new value. */
  onChange?: (value: string) => void;
}

export type Child = VNode | string | null | undefined | false;

export function h(tag: string, attrs: Record<string, string> | null, ...children: Child[]): VNode {
  const kids = children.filter((c): c is VNode | string => c !== null && c !== undefined && c !== false)
    .map((c) => (typeof c === 'string' ? text(c) : c));
  return { tag, attrs: attrs ?? undefined, children: kids };
}

export function s(tag: string, attrs: Record<string, string> | null, ...children: Child[]): VNode {
  return { ...h(tag, attrs, ...children), svg: true };
}

export function text(value: string): VNode {
  return { tag: '#text', text: value };
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Builds DOM nodes. Attribute names come from our render code only; values are set as plain strings. */
export function mount(node: VNode, doc: Document): Node {
  if (node.tag === '#text') return doc.createTextNode(node.text ?? '');
  const el = node.svg ? doc.createElementNS(SVG_NS, node.tag) : doc.createElement(node.tag);
  for (const [k, v] of Object.entries(node.attrs ?? {})) el.setAttribute(k, v);
  if (node.onActivate) {
    const activate = node.onActivate;
    el.addEventListener('click', () => activate());
    el.addEventListener('keydown', (e) => {
      const key = (e as KeyboardEvent).key;
      if (key === 'Enter' || key === ' ') {
        e.preventDefault();
        activate();
      }
    });
  }
  if (node.onChange) {
    const change = node.onChange;
    el.addEventListener('change', (e) => change((e.target as HTMLSelectElement).value));
  }
  for (const child of node.children ?? []) el.appendChild(mount(child, doc));
  // A <select>'s choice is a property, set after its options exist.
  if (node.attrs?.['data-value'] !== undefined) (el as HTMLSelectElement).value = node.attrs['data-value'];
  return el;
}

/** All text in a tree, in document order (for tests and aria labels). */
export function textContent(node: VNode): string {
  if (node.tag === '#text') return node.text ?? '';
  return (node.children ?? []).map(textContent).join('');
}
