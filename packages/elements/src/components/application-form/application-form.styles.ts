/**
 * Styles of `<metropolis-application-form>`.
 * @module
 */
import {css} from 'lit';

/** The form's own styles (fields and price tables come from the shared form styles). */
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
  .quote {
    display: grid;
    gap: 0.5em;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .quote h3,
  .confirmation h3 {
    margin: 0;
    font-size: 1.15em;
  }
  .quote p {
    margin: 0;
  }
  .colleague {
    border-style: dashed;
  }
  .confirmation {
    display: grid;
    gap: 0.75em;
  }
  .confirmation .reference {
    margin: 0;
    font-size: 1.15em;
  }
  .sent dl {
    display: grid;
    grid-template-columns: minmax(8em, max-content) 1fr;
    gap: 0.25em 1em;
    margin: 0.75em 0 0;
  }
  .sent dt {
    font-weight: 600;
  }
  .sent dd {
    margin: 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .sent summary {
    cursor: pointer;
    min-block-size: 44px;
    display: flex;
    align-items: center;
  }
  button[disabled] {
    opacity: 0.7;
    cursor: progress;
  }
`;
