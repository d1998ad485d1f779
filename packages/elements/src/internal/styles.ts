/**
 * Design tokens and styles shared by every element. Tokens are custom properties on our hosts
 * (never on :root), each with a default, so a host page themes us without us touching it.
 * @module
 */
import {css} from 'lit';

/**
 * Styles every element starts from. On the host, every inherited property of the text is ours
 * and `!important`, so a theme's global CSS (inherited, or a `*` rule matching the host) does
 * not change the elements' look; the font family, the host's frame and placement and
 * `visibility` stay the page's (docs/elements.md, "On a theme with aggressive CSS").
 */
export const baseStyles = css`
  :host {
    --_accent: var(--metropolis-color-accent, #0b5cad);
    --_on-accent: var(--metropolis-color-on-accent, #fff);
    --_surface: var(--metropolis-color-surface, #fff);
    --_text: var(--metropolis-color-text, #1b1b1f);
    --_muted: var(--metropolis-color-muted, #4a4d55);
    --_border: var(--metropolis-color-border, #c4c6cf);
    --_focus: var(--metropolis-color-focus, #0b5cad);
    --_success: var(--metropolis-color-success, #106b2e);
    --_danger: var(--metropolis-color-danger, #a4161a);
    --_radius: var(--metropolis-radius, 8px);
    --_space: var(--metropolis-space, 1rem);
    display: block;
    /* The page's theme reaches our host two ways: what its ancestors set is inherited, and its
       own rules may match the host (a "*" reset, a rule on a content area's children). So every
       inherited property of the text is set here, !important: in a shadow root that beats the
       page's !important as well. The page keeps the font family (by design), the host's frame
       and placement (display, margin, padding, border, background, width) and visibility, and
       themes us with the --metropolis-* properties and ::part(). Bytes count: keep it short. */
    color: var(--_text)!important;
    font: var(--metropolis-font-size, 1rem)/1.5 a!important;
    font-family: var(--metropolis-font-family, inherit)!important;
    letter-spacing: normal!important;
    word-spacing: normal!important;
    text-transform: none!important;
    text-align: start!important;
    text-indent: 0!important;
    text-shadow: none!important;
    white-space: normal!important;
    list-style: outside!important;
    cursor: auto!important;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  ::before,
  ::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  button,
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-height: 44px;
    padding: 0.5em 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  button.secondary,
  .button.secondary {
    background: transparent;
    color: var(--_accent);
  }
  input,
  select,
  textarea {
    min-height: 44px;
    padding: 0.4em 0.6em;
    border: 1px solid var(--_muted);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    color: var(--_text);
    /* 16px at least: iOS Safari zooms into smaller inputs. */
    font: inherit;
    font-size: max(16px, 1em);
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;

/**
 * What the catalog elements (the list, the course page) share: format and status badges, the
 * actions row, notes, and the loading, empty and error states.
 */
export const catalogStyles = css`
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    margin: 0;
  }
  .badge,
  .status {
    padding: 0.1em 0.6em;
    border: 1px solid var(--_muted);
    border-radius: 999px;
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 600;
  }
  .badge {
    border-color: var(--_accent);
    color: var(--_accent);
  }
  .status-open {
    border-color: var(--_success);
    color: var(--_success);
  }
  .status-cancelled {
    border-color: var(--_danger);
    color: var(--_danger);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .note {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .state {
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .error {
    border-style: solid;
    border-color: var(--_danger);
  }
  .skeleton {
    height: 12rem;
    margin-block-start: var(--_space);
    border-radius: var(--_radius);
    background: linear-gradient(90deg, var(--_border) 0%, transparent 50%, var(--_border) 100%);
    opacity: 0.35;
  }
`;
