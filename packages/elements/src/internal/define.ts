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
