/**
 * Styles of `<metropolis-fee-calculator>`.
 * @module
 */
import {css} from 'lit';

/** The calculator's own styles (fields and price tables come from the shared form styles). */
export const styles = css`
  :host {
    /* Works from 320 px wide: nothing here is wider than its container. */
    min-inline-size: 0;
  }
  [part='base'] {
    display: grid;
    gap: var(--_space);
  }
  h2,
  h3 {
    margin: 0;
    font-size: 1.15em;
    line-height: 1.3;
  }
  h3 {
    font-size: 1em;
  }
  h2 .hint {
    display: block;
    font-weight: 400;
  }
  .quote,
  .refund {
    display: grid;
    gap: 0.75em;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-inline-size: 0;
  }
  .quote p,
  .refund p {
    margin: 0;
  }
  .membership {
    gap: 0.5em;
  }
  .compact-total {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: 0.5em;
    font-size: 1.25em;
  }
  .compact-total strong {
    font-variant-numeric: tabular-nums;
  }
  details summary {
    cursor: pointer;
    color: var(--_accent);
    font-weight: 600;
    min-block-size: 44px;
    display: flex;
    align-items: center;
  }
  .price-table {
    table-layout: auto;
  }
  .price-table th {
    overflow-wrap: anywhere;
  }
  .refund-result {
    padding: 0.75em;
    border-inline-start: 4px solid var(--_accent);
  }
  .refund-result.refused {
    border-color: var(--_danger);
  }
  .refund-result .reason {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .timeline {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .state {
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .state.error {
    border-style: solid;
    border-color: var(--_danger);
  }
  .state p {
    margin: 0 0 0.5em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  :host([variant='compact']) .row {
    grid-template-columns: 1fr;
  }
`;
