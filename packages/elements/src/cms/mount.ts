/**
 * Mounting elements from plain `<div>`s, for CMS editors that strip custom tags:
 * `<div data-metropolis="course-list" data-themes="water">` becomes
 * `<metropolis-course-list themes="water">`.
 * @module
 */

/** The `data-metropolis` values we mount, and their tags. Nothing else is ever created. */
export const mountableTags: Readonly<Record<string, string>> = {
  'course-list': 'metropolis-course-list',
  'course-detail': 'metropolis-course-detail',
  'application-form': 'metropolis-application-form',
  'fee-calculator': 'metropolis-fee-calculator',
  'activity-proposal': 'metropolis-activity-proposal',
};

/**
 * What a bundle mounts when it names no kinds: the elements the all-in-one bundles define. Not
 * the proposal form, which has a bundle of its own that names it: otherwise a page with only the
 * all-in-one bundle would turn its div into an element nothing defines.
 */
const allInOneKinds = Object.keys(mountableTags).filter((kind) => kind !== 'activity-proposal');

/** Attributes of the `<div>` kept as they are on the element. */
const KEPT = new Set(['id', 'class', 'lang', 'dir', 'title']);

/**
 * Copies `data-*` attributes onto `element`, but only those naming an attribute the element
 * declares (its properties' attributes, the manifest's list): `data-onclick`, `data-style` or
 * `data-autofocus` must never become live attributes, whatever a CMS sanitizer lets through.
 */
function copyDeclared(element: Element, tag: string, data: readonly [string, string][]): void {
  const declared = new Set((customElements.get(tag) as unknown as {observedAttributes?: string[]} | undefined)?.observedAttributes ?? []);
  for (const [name, value] of data) if (declared.has(name) || KEPT.has(name)) element.setAttribute(name, value);
}

/**
 * Replaces every `div[data-metropolis]` under `root` naming one of `kinds` with its element:
 * each `data-*` attribute naming one of the element's declared attributes becomes that attribute
 * (`data-apply-href` → `apply-href`; any other is dropped), `id`, `class`, `lang`, `dir` and
 * `title` are kept, and the children (an inline JSON catalog, a `<noscript>` fallback) move
 * inside. An element not defined yet gets its attributes once it is. Returns the elements created.
 */
export function mountAll(root: ParentNode = document, kinds: readonly string[] = allInOneKinds): Element[] {
  const created: Element[] = [];
  for (const div of root.querySelectorAll<HTMLElement>('div[data-metropolis]')) {
    const kind = div.dataset['metropolis'] ?? '';
    const tag = mountableTags[kind];
    if (!tag || !kinds.includes(kind)) continue;
    const element = document.createElement(tag);
    const data: [string, string][] = [];
    for (const {name, value} of div.attributes) {
      if (name === 'data-metropolis') continue;
      if (name.startsWith('data-')) data.push([name.slice(5), value]);
      else if (KEPT.has(name)) element.setAttribute(name, value);
    }
    if (customElements.get(tag)) copyDeclared(element, tag, data);
    else void customElements.whenDefined(tag).then(() => copyDeclared(element, tag, data));
    element.append(...div.childNodes);
    div.replaceWith(element);
    created.push(element);
  }
  return created;
}

let observer: MutationObserver | undefined;
/** Every kind a bundle on this page asked for: two bundles (all-in-one and the proposal form's) share one observer. */
const pageKinds = new Set<string>();

/**
 * Mounts what is on the page now (once the document is parsed) and whatever is added later
 * (editors and page builders that insert content after load).
 */
export function mountOnLoad(kinds: readonly string[] = allInOneKinds): void {
  for (const kind of kinds) pageKinds.add(kind);
  const mount = () => {
    mountAll(document, [...pageKinds]);
    if (observer) return;
    observer = new MutationObserver((records) => {
      if (records.some((r) => [...r.addedNodes].some((n) => n instanceof Element && (n.matches('div[data-metropolis]') || n.querySelector('div[data-metropolis]'))))) {
        mountAll(document, [...pageKinds]);
      }
    });
    observer.observe(document.body, {childList: true, subtree: true});
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mount, {once: true});
  else mount();
}
