/**
 * Registering custom elements safely when a page loads the script twice.
 * @module
 */

const warned = new Set<string>();

/**
 * Defines `tag` unless it is already defined. A second copy of the script (a CMS that adds the
 * snippet twice, a theme and a plugin that both load it) must not throw "name has already been
 * used"; when the existing definition is another class (another version), say so once.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
    return;
  }
  if (existing !== element && !warned.has(tag)) {
    warned.add(tag);
    console.warn(`<${tag}> is already defined by another copy of the Metropolis Training script; keeping the first one.`);
  }
}

/**
 * Defines `tag` when the page first has one (now or added later, e.g. by the CMS mount):
 * `load` imports the module that defines it. Until then the page downloads none of its code.
 */
export function defineOnDemand(tag: string, load: () => Promise<unknown>): void {
  let started = false;
  const observer = new MutationObserver((records) => {
    if (records.some((record) => [...record.addedNodes].some((node) => node instanceof Element && (node.localName === tag || !!node.querySelector(tag))))) start();
  });
  const start = (): void => {
    if (started) return;
    started = true;
    observer.disconnect();
    load().catch((error: unknown) => console.error(`Metropolis Training: <${tag}> could not be loaded.`, error));
  };
  const watch = (): void => {
    if (customElements.get(tag)) return;
    if (document.querySelector(tag)) start();
    else observer.observe(document.documentElement, {childList: true, subtree: true});
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watch, {once: true});
  else watch();
}
