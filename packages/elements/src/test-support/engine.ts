/**
 * The browser engine a browser test runs in (web-test-runner runs the suite once per engine:
 * Chromium, Firefox, WebKit), and a way to skip a test in an engine that cannot run it, saying
 * why in the test's own name, so that the report shows it rather than a silent pass.
 */
import {sendKeys} from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';

const agent = navigator.userAgent;
export const engine: Engine = /Firefox\//.test(agent) ? 'firefox' : /Chrome\//.test(agent) ? 'chromium' : 'webkit';

const engineNames: Record<Engine, string> = {chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit'};

/**
 * web-test-runner's emulateMedia() needs the Chrome DevTools Protocol: Firefox is driven through
 * WebDriver BiDi and WebKit through classic WebDriver, which have no media emulation.
 */
export const canEmulateMedia = engine === 'chromium';
export const noMediaEmulation = 'the test runner emulates prefers-reduced-motion only through the Chrome DevTools Protocol';

/** `it(title, test)`, or, in an engine `skipIn` names, `it.skip` with the reason in the title. */
export function itUnless(skipIn: Partial<Record<Engine, string>>, title: string, test: Mocha.Func | Mocha.AsyncFunc): void {
  const reason = skipIn[engine];
  if (reason) it.skip(`${title} (skipped in ${engineNames[engine]}: ${reason})`, test);
  else it(title, test);
}

/**
 * Types `text` into the focused control. WebKitWebDriver drops a character typed right after
 * the same one ("Accra" arrives as "Acra") and some spaces, so in WebKit each character is its
 * own key press; elsewhere one `type` command.
 */
export async function typeText(text: string): Promise<void> {
  if (engine !== 'webkit') return sendKeys({type: text});
  for (const key of text) await sendKeys({press: key});
}
