/**
 * Styles of `<metropolis-course-list>`.
 * @module
 */
import {css} from 'lit';

/** @internal */
export const styles = css`
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    align-items: flex-end;
    margin-block-end: var(--_space);
  }
  .search {
    display: flex;
    flex-direction: column;
    flex: 1 1 16rem;
  }
  .search label,
  summary {
    font-weight: 600;
  }
  details {
    position: relative;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  summary {
    min-height: 44px;
    padding: 0.55em 0.8em;
    cursor: pointer;
  }
  summary .count {
    font-weight: 400;
    color: var(--_muted);
  }
  details[open] {
    border-end-end-radius: 0;
    border-end-start-radius: 0;
  }
  /* A popover over what follows: opening a filter moves nothing. */
  fieldset {
    position: absolute;
    z-index: 2;
    inset-block-start: 100%;
    inset-inline-start: -1px;
    min-inline-size: calc(100% + 2px);
    inline-size: max-content;
    max-inline-size: min(20rem, 85vw);
    box-sizing: border-box;
    margin: 0;
    padding: 0.5em 0.8em 0.8em;
    border: 1px solid var(--_border);
    border-radius: 0 0 var(--_radius) var(--_radius);
    background: var(--_surface);
    box-shadow: 0 6px 16px rgb(0 0 0 / 0.15);
    max-block-size: 20rem;
    overflow-y: auto;
  }
  fieldset label,
  .past {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-height: 32px;
  }
  input[type='checkbox'] {
    min-height: auto;
    width: 1.15em;
    height: 1.15em;
    accent-color: var(--_accent);
  }
  .summary-line {
    margin: 0 0 calc(var(--_space) / 2);
    color: var(--_muted);
  }
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr));
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .cards > li {
    /* Cards out of view skip layout and paint until scrolled to; find-in-page still finds them. */
    content-visibility: auto;
    contain-intrinsic-size: auto 20rem;
  }
  article {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    height: 100%;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  h3 {
    margin: 0;
    font-size: 1.15em;
    line-height: 1.3;
  }
  dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.15em 0.75em;
    margin: 0;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
  }
  .card-summary {
    margin: 0;
    flex: 1;
  }
  .more {
    margin-block-start: var(--_space);
  }
`;
