/**
 * Styles of the application dialog.
 * @module
 */
import {css} from 'lit';

/** @internal */
export const styles = css`
  :host {
    display: contents;
  }
  dialog {
    inline-size: min(44rem, calc(100vw - 2rem));
    max-block-size: calc(100dvh - 2rem);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    overflow: auto;
    overscroll-behavior: contain;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.55);
  }
  .header {
    position: sticky;
    top: 0;
    z-index: 1;
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--_space);
    padding: var(--_space);
    border-block-end: 1px solid var(--_border);
    background: var(--_surface);
  }
  h2 {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .header button {
    flex: none;
  }
  .body {
    padding: var(--_space);
  }
  @media (prefers-reduced-motion: no-preference) {
    dialog[open] {
      animation: metropolis-dialog-in 160ms ease-out;
    }
    dialog[open]::backdrop {
      animation: metropolis-backdrop-in 160ms ease-out;
    }
  }
  @keyframes metropolis-dialog-in {
    from {
      opacity: 0;
      transform: translateY(0.75rem);
    }
  }
  @keyframes metropolis-backdrop-in {
    from {
      opacity: 0;
    }
  }
`;
