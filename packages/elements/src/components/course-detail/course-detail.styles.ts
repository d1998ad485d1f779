/**
 * Styles of `<metropolis-course-detail>`.
 * @module
 */
import {css} from 'lit';

/** @internal */
export const styles = css`
  /* English catalog text on a right-to-left page (there is no Arabic text in the catalog) runs
     left to right, so its full stop stays at its end. Not unicode-bidi: plaintext, which
     crashed WebKitGTK's MiniBrowser in the full suite; not on the list's cards, which have no
     byte left within DESIGN.md's 40 KB page. */
  [lang='en'] {
    direction: ltr;
  }
  article {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  header {
    display: flex;
    flex-direction: column;
    gap: 0.4em;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    line-height: 1.25;
  }
  [part='title'] {
    font-size: 1.75em;
  }
  [part='section-title'] {
    font-size: 1.3em;
    margin-block-end: 0.4em;
  }
  [part='lesson-title'] {
    font-size: 1.05em;
  }
  p {
    margin: 0 0 0.6em;
  }
  ul,
  ol {
    margin: 0 0 0.6em;
    padding-inline-start: 1.5em;
  }
  li + li {
    margin-block-start: 0.25em;
  }
  .edition {
    margin: 0;
    color: var(--_muted);
    font-weight: 600;
  }
  .summary {
    margin: 0;
    font-size: 1.1em;
  }
  dl {
    display: grid;
    grid-template-columns: minmax(auto, 14em) 1fr;
    gap: 0.3em 1em;
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  dt {
    color: var(--_muted);
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .notes {
    padding-inline-start: 1.2em;
    color: var(--_muted);
    font-size: 0.875em;
  }
  div.notes {
    padding: 0;
  }
  .lessons {
    padding: 0;
    list-style: none;
  }
  .lessons > li + li {
    margin-block-start: 0.8em;
  }
  .inclusions {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr));
    gap: var(--_space);
  }
  table {
    width: 100%;
    margin-block-end: 0.6em;
    border-collapse: collapse;
    background: var(--_surface);
  }
  caption {
    padding-block-end: 0.4em;
    font-weight: 600;
    text-align: start;
  }
  th,
  td {
    padding: 0.5em 0.6em;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    border-block-end-width: 2px;
    color: var(--_muted);
  }
  .price {
    text-align: end;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  figure {
    margin: 0 0 var(--_space);
    padding: var(--_space);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface);
  }
  blockquote {
    margin: 0;
    font-style: italic;
  }
  figcaption {
    font-weight: 600;
  }
  figcaption .note {
    font-weight: 400;
  }
  @media (max-width: 30rem) {
    dl {
      grid-template-columns: 1fr;
    }
    dd {
      margin-block-end: 0.4em;
    }
  }
`;
