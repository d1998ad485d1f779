/**
 * The CMS mount, downloaded only by pages that use it: a page with no `div[data-metropolis]`
 * (now or added later) never fetches the mounting code.
 * @module
 */

/**
 * Once the document is parsed, and whenever content is added later, looks for a
 * `div[data-metropolis]`; at the first one, loads `mount.js` and hands over to its
 * `mountOnLoad(kinds)` (every kind when none are given), which mounts that div and every later
 * one. `alongside` starts, at the same moment, downloads the mounted elements will need.
 */
export function mountOnDemand(kinds?: readonly string[], alongside?: () => unknown): void {
  const start = () => {
    const observer = new MutationObserver(check);
    function check(): void {
      if (!document.querySelector('div[data-metropolis]')) return;
      observer.disconnect();
      alongside?.();
      import('./mount.js').then(
        (mount) => mount.mountOnLoad(kinds),
        (error: unknown) => console.error('Metropolis Training: the CMS mount could not load.', error),
      );
    }
    observer.observe(document.body, {childList: true, subtree: true});
    check();
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, {once: true});
  else start();
}
