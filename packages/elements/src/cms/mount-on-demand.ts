/**
 * The CMS mount, downloaded only by pages that use it: a page with no `div[data-metropolis]`
 * (now or added later) never fetches the mounting code.
 * @module
 */

/**
 * Once the document is parsed, and whenever content is added later, looks for a
 * `div[data-metropolis]`; at the first one, loads `mount.js` and hands over to its
 * `mountOnLoad(kinds)`, which mounts that div and every later one.
 */
export function mountOnDemand(kinds: readonly string[]): void {
  const found = () => !!document.querySelector('div[data-metropolis]');
  const load = () =>
    import('./mount.js').then(
      (mount) => mount.mountOnLoad(kinds),
      (error: unknown) => console.error('Metropolis Training: the code that mounts div[data-metropolis] could not load.', error),
    );
  const start = () => {
    if (found()) return void load();
    const observer = new MutationObserver(() => {
      if (!found()) return;
      observer.disconnect();
      void load();
    });
    observer.observe(document.body, {childList: true, subtree: true});
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, {once: true});
  else start();
}
