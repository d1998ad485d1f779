/**
 * A hostile host page for the elements' browser tests (issue 12): the global CSS of a theme that
 * got everything wrong, and unrelated custom elements named like ours. Not part of the package;
 * `examples/hostile.html` carries a copy of the same sheet for a look by eye.
 * @internal
 * @module
 */

/** The font family both the plain page and the hostile one use: the elements follow it by design. */
export const PAGE_FONT = '"Comic Sans MS", "DejaVu Sans", sans-serif';

/**
 * The hostile sheet. Three kinds of rules, as real themes write them:
 * - a `*` reset in which every declaration is `!important` (a "dark mode", "dyslexia font" or
 *   "accessibility" plugin does that): it matches our hosts themselves, and what it sets on
 *   every ancestor is inherited into our shadow trees;
 * - a Bootstrap 5 reboot and a WordPress theme's element rules (`h2`, `button`, `a`, `ul`,
 *   `table`, `label`, `dialog`, `[hidden]`…), which cannot reach inside a shadow root, and rules
 *   a theme might aim at things named like ours (`[class*=course]`, `[part]`, `metropolis-course`);
 * - rules on the content area that hit whatever is put in it (`.entry-content > *`), ours too.
 *
 * `font-family` is forced to {@link PAGE_FONT}, which the plain page sets on `body`: the
 * elements take the page's font family by design (docs/elements.md), and nothing else.
 */
export const hostileCss = `
*, *::before, *::after {
  box-sizing: content-box !important;
  margin: 7px !important;
  padding: 5px !important;
  border: 3px solid #f00 !important;
  border-radius: 0 !important;
  color: #f0f !important;
  background: #ff0 !important;
  font-family: ${PAGE_FONT} !important;
  font-size: 22px !important;
  font-style: italic !important;
  font-weight: 900 !important;
  font-variant: small-caps !important;
  line-height: 3 !important;
  letter-spacing: 2px !important;
  word-spacing: 6px !important;
  text-transform: uppercase !important;
  text-align: center !important;
  text-indent: 12px !important;
  text-shadow: 1px 1px 0 #0f0 !important;
  white-space: pre-wrap !important;
  list-style: square inside !important;
  cursor: crosshair !important;
}

/* Bootstrap 5 reboot */
body { margin: 0; font-size: 1rem; font-weight: 400; line-height: 1.5; color: #212529; background-color: #fff; -webkit-text-size-adjust: 100%; }
h1, h2, h3, h4, h5, h6 { margin-top: 0; margin-bottom: .5rem; font-weight: 500; line-height: 1.2; }
h2 { font-size: calc(1.325rem + .9vw); }
h3 { font-size: calc(1.3rem + .6vw); }
p { margin-top: 0; margin-bottom: 1rem; }
ol, ul { padding-left: 2rem; margin-top: 0; margin-bottom: 1rem; }
a { color: rgba(13, 110, 253, 1); text-decoration: underline; }
label { display: inline-block; }
button { border-radius: 0; }
button, input, optgroup, select, textarea { margin: 0; font-family: inherit; font-size: inherit; line-height: inherit; }
button, select { text-transform: none; }
table { caption-side: bottom; border-collapse: collapse; }
th { text-align: inherit; }
fieldset { min-width: 0; padding: 0; margin: 0; border: 0; }
legend { float: left; width: 100%; font-size: calc(1.275rem + .3vw); }
dialog { padding: 3rem; border: 10px solid #000; }
summary { display: list-item; cursor: pointer; }
[hidden] { display: none !important; }

/* A WordPress theme */
.entry-content > * { max-width: 40rem; line-height: 1.8; font-size: 1.125rem; }
[class*="course"], [class*="metropolis"] { float: left; width: 50%; color: #080; }
[part], [part] * { outline: 5px dotted #00f; }
metropolis-course, metropolis-course-lists, metropolis-course-list-item { display: block; border: 4px dashed #0a0; }
`;

/**
 * Unrelated elements named like ours, as another plugin registers them: our code must neither
 * trip over them nor pick them up.
 */
export const similarNames = ['metropolis-course', 'metropolis-course-lists', 'metropolis-course-list-item', 'metropolis-fee', 'metropolis-application', 'metropolis-training'] as const;

/** Defines each of {@link similarNames} as a plain element (once) and returns how many are defined. */
export function defineSimilarNames(): number {
  for (const name of similarNames) {
    if (customElements.get(name)) continue;
    customElements.define(
      name,
      class extends HTMLElement {
        connectedCallback(): void {
          this.dataset['upgraded'] = name;
        }
      },
    );
  }
  return similarNames.filter((name) => customElements.get(name)).length;
}
