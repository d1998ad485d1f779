/**
 * Styles the form elements share (the application form, the fee calculator, the proposal
 * form): fields, hints, choices, the searchable lists, price tables. What only forms that submit
 * add is in submit-form-styles.ts.
 * @module
 */
import {css} from 'lit';

/** Fields, choices, comboboxes and price tables. */
export const formStyles = css`  form {
    display: grid;
    gap: calc(var(--_space) * 1.25);
  }
  fieldset {
    display: grid;
    gap: var(--_space);
    min-inline-size: 0;
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  legend {
    padding-inline: 0.25em;
    font-weight: 700;
  }
  .field {
    display: grid;
    gap: 0.25em;
    /* Side by side in a row, a field without a hint keeps its input's height. */
    align-content: start;
    min-inline-size: 0;
  }
  .field > label,
  .field > .label {
    font-weight: 600;
  }
  .row {
    display: grid;
    gap: var(--_space);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
  }
  input[type='text'],
  input[type='email'],
  input[type='search'],
  input[type='number'],
  input[type='date'],
  select,
  textarea {
    inline-size: 100%;
  }
  [aria-invalid='true'] {
    border: 2px solid var(--_danger);
  }
  .hint,
  .count {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    font-weight: 400;
  }
  .choice input {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    min-height: 0;
    /* The browser's own margins are physical (4px left, 3px right): they would not mirror. */
    margin: 0.15em 0 0;
    accent-color: var(--_accent);
  }
  .combobox {
    position: relative;
  }
  .listbox {
    position: absolute;
    z-index: 2;
    inset-inline: 0;
    max-block-size: 16rem;
    margin: 0.25em 0 0;
    padding: 0.25em 0;
    overflow-y: auto;
    list-style: none;
    border: 1px solid var(--_muted);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    box-shadow: 0 4px 12px rgb(0 0 0 / 15%);
  }
  .listbox[hidden] {
    display: none;
  }
  .listbox li {
    padding: 0.5em 0.75em;
    cursor: pointer;
  }
  .listbox li .hint {
    display: block;
  }
  .listbox li.active,
  .listbox li:hover {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .listbox li.active .hint,
  .listbox li:hover .hint {
    color: inherit;
  }
  .listbox li[aria-selected='true'] {
    font-weight: 700;
  }
  .listbox .no-match {
    color: var(--_muted);
    cursor: default;
  }
  .price-table {
    inline-size: 100%;
    border-collapse: collapse;
  }
  .price-table th,
  .price-table td {
    padding: 0.4em 0.5em;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  .price-table td.amount,
  .price-table th.amount {
    text-align: end;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .price-table .reason {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 400;
  }
  .price-table .not-applied {
    color: var(--_muted);
  }
  .price-table tfoot th,
  .price-table tfoot td {
    border-block-end: 0;
    font-weight: 700;
  }
  .notes {
    margin: 0;
    padding-inline-start: 1.25em;
  }
`;
