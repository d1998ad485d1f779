/**
 * Styles of `<metropolis-admissions>`, on top of the shared tokens and form styles.
 * @module
 */
import {css} from 'lit';

/** The console's own styles. */
export const styles = css`
  .base {
    display: grid;
    gap: var(--_space);
  }
  .view {
    display: grid;
    gap: var(--_space);
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    justify-content: space-between;
    padding-block-end: calc(var(--_space) / 2);
    border-block-end: 1px solid var(--_border);
  }
  nav {
    display: flex;
    gap: var(--_space);
  }
  .who {
    margin: 0;
  }
  h1, h2, h3, h4, h5, h6 {
    margin: 0;
  }
  [data-view-heading]:focus {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
  }
  /* Buttons are the shared ones (internal/styles.ts); secondary ones sit on the surface here. */
  button.secondary {
    background: var(--_surface);
  }
  button.danger {
    border-color: var(--_danger);
    background: var(--_danger);
  }
  button.link {
    min-block-size: 2rem;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
  }
  button[aria-current='page'] {
    text-decoration: none;
    font-weight: 700;
  }
  button:focus-visible,
  a:focus-visible,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  button[disabled] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  input,
  select,
  textarea {
    box-sizing: border-box;
    min-block-size: 2.75rem;
    padding: 0.4em 0.6em;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: max(16px, 1em);
  }
  .scroll {
    overflow-x: auto;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    padding: 0.4em 0.6em;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    gap: 0.5em var(--_space);
    margin: 0;
  }
  .facts dt {
    font-weight: 600;
  }
  .facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .motivation,
  pre {
    margin: 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    font: inherit;
  }
  dialog {
    inline-size: min(40rem, calc(100vw - 2rem));
    max-block-size: calc(100vh - 2rem);
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  dialog form {
    display: grid;
    gap: var(--_space);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  .email {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
