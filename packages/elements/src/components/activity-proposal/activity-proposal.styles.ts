/**
 * Styles of `<metropolis-activity-proposal>`.
 * @module
 */
import {css} from 'lit';

/** The form's own styles (fields, errors and the summary come from the shared form styles). */
export const styles = css`
  [part='base'] {
    display: grid;
    gap: var(--_space);
  }
  .title {
    margin: 0;
    font-size: 1.5em;
    line-height: 1.25;
  }
  .title:focus {
    outline: none;
  }
  .title:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .facts {
    margin: 0;
    color: var(--_muted);
  }
  .required {
    color: var(--_muted);
    font-weight: 400;
    font-size: 0.875em;
  }
  input[type='month'] {
    inline-size: 100%;
  }
  .group {
    gap: 0.5em;
  }
  .group legend {
    font-weight: 600;
  }
  .choices {
    display: grid;
    gap: 0.5em;
  }
  .choices.columns {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr));
  }
  .row-group {
    border-style: dashed;
  }
  .confirmation {
    display: grid;
    gap: 0.75em;
  }
  .confirmation h3 {
    margin: 0;
    font-size: 1.15em;
  }
  .confirmation .reference {
    margin: 0;
    font-size: 1.15em;
  }
  button[disabled] {
    opacity: 0.7;
    cursor: progress;
  }
`;
