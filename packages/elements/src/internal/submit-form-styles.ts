/**
 * Styles only forms that submit need (the application form, the proposal form), on top of
 * form-styles.ts: a module of its own, so a page with the fee calculator alone does not
 * download them (rollup never splits a module between chunks).
 * @module
 */
import {css} from 'lit';

/** What forms that submit add: text areas, counters, field errors, the error summary, notices, the honeypot. */
export const submitFormStyles = css`
  textarea {
    min-block-size: 8em;
    resize: vertical;
  }
  .count.over {
    color: var(--_danger);
    font-weight: 600;
  }
  .field-error {
    margin: 0;
    color: var(--_danger);
    font-weight: 600;
  }
  .summary {
    padding: var(--_space);
    border: 3px solid var(--_danger);
    border-radius: var(--_radius);
  }
  .summary h3,
  .summary p {
    margin-block: 0 0.5em;
  }
  .summary a {
    color: var(--_danger);
    font-weight: 600;
  }
  .notice {
    padding: var(--_space);
    border-inline-start: 4px solid var(--_accent);
    background: color-mix(in srgb, var(--_accent) 8%, var(--_surface));
  }
  .alert {
    padding: var(--_space);
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
  }
  .alert p {
    margin-block: 0 0.5em;
  }
  .honeypot {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
  }

`;
