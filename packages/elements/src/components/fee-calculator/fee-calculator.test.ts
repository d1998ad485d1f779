import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {typeText} from '../../test-support/engine.js';
import '../../define/fee-calculator.js';
import {ApplyEvent} from '../../events/apply-event.js';
import {QuoteChangeEvent} from '../../events/quote-change-event.js';
import {inlineJson, sample, until} from '../../test-support/catalogs.js';
import type {FeeCalculator} from './fee-calculator.js';
import type {FeeSchedule} from '@metropolis-training/sdk';

const DEMO_DAY = '2025-09-15';
const DIPLOMA = 'diploma-internationalization-2025';

/** A partner's workshop: USD, 15 % early bird until 31 March 2026, 10 % for groups of 3 or more. */
function partnerSchedule(): FeeSchedule {
  return {
    id: 'partner-workshop-2026',
    currency: 'USD',
    listPrice: 40_000,
    incomeClassification: 'FY2026',
    rules: [
      {id: 'early-bird', kind: 'early-bird', percent: 15, lastDay: '2026-03-31'},
      {id: 'group', kind: 'group', percent: 10, minParticipants: 3},
    ],
    refundPolicy: {tiers: [{daysBeforeStart: 14, percent: 50}], afterLastTier: 'no-refund'},
    notes: [{en: 'Lunch is included.', fr: 'Le déjeuner est inclus.', es: 'El almuerzo está incluido.'}],
  };
}

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const root = (el: FeeCalculator) => el.shadowRoot!;
const q = <T extends Element = HTMLElement>(el: FeeCalculator, selector: string) => root(el).querySelector<T>(selector);
const total = (el: FeeCalculator) => clean(q(el, '[part="total"] td, [part="total"] strong')?.textContent);
const perParticipant = (el: FeeCalculator) => [...root(el).querySelectorAll('.per-participant td')].map((td) => clean(td.textContent));
/** The breakdown's rule lines as "rule: applied|not applied: amount". */
const lines = (el: FeeCalculator) =>
  [...root(el).querySelectorAll<HTMLElement>('[part="breakdown"] tr[data-rule]')].map((tr) => `${tr.dataset['rule']}: ${tr.classList.contains('applied') ? 'applied' : 'not applied'}: ${clean(tr.querySelector('td')?.textContent)}`);

async function ready(el: FeeCalculator): Promise<FeeCalculator> {
  await until(() => !!root(el)?.querySelector('[part="base"]') && !root(el).querySelector('[aria-busy="true"]'));
  await el.updateComplete;
  return el;
}

/** A calculator over the sample catalog, inline, as a webmaster pastes it. */
async function diploma(attributes = ''): Promise<FeeCalculator> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.innerHTML = `<metropolis-fee-calculator edition="${DIPLOMA}" now="${DEMO_DAY}" ${attributes}><script type="application/json">${inlineJson(sample())}</script></metropolis-fee-calculator>`;
  return ready(container.querySelector('metropolis-fee-calculator')!);
}

/** A calculator with an inline fee schedule and no server. */
async function partner(attributes = '', schedule: unknown = partnerSchedule()): Promise<FeeCalculator> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.innerHTML = `<metropolis-fee-calculator start="2026-05-18" ${attributes}><script type="application/json">${JSON.stringify(schedule).replace(/</g, '\\u003c')}</script></metropolis-fee-calculator>`;
  return ready(container.querySelector('metropolis-fee-calculator')!);
}

async function set(el: FeeCalculator, props: Partial<Pick<FeeCalculator, 'country' | 'membership' | 'participants' | 'registrationDate'>>): Promise<void> {
  Object.assign(el, props);
  await el.updateComplete;
}

describe('<metropolis-fee-calculator>', () => {
  describe('the Diploma’s worked examples (sample catalog inline, 15 September 2025)', () => {
    it('member: 330.00', async () => {
      const el = await diploma('membership="member" country="FR"');
      expect(total(el)).to.equal('€330.00');
      expect(lines(el)).to.deep.equal(['member-rate: applied: −€330.00', 'income-special-fee: not applied: —', 'group: not applied: —']);
      expect(clean(q(el, '[part="breakdown"] tr[data-rule="income-special-fee"] .reason')?.textContent)).to.match(/high-income/);
    });

    it('member in Egypt: 165.00, and Egypt is lower-middle income (World Bank FY2025)', async () => {
      const el = await diploma('membership="member" country="EG"');
      expect(total(el)).to.equal('€165.00');
      expect(lines(el)).to.deep.equal(['member-rate: applied: −€330.00', 'income-special-fee: applied: −€165.00', 'group: not applied: —']);
      expect(clean(q(el, '[part="income-group"]')?.textContent)).to.equal('Egypt — lower-middle income (World Bank FY2025)');
      expect(clean(q(el, '[part="notes"]')?.textContent)).to.match(/subject to availability: 3 places/);
    });

    it('member in Ethiopia: 0.00', async () => {
      const el = await diploma('membership="member" country="ET"');
      expect(total(el)).to.equal('€0.00');
      expect(clean(q(el, '[part="income-group"]')?.textContent)).to.equal('Ethiopia — low income (World Bank FY2025)');
    });

    it('non-member group of 3 in Spain: 607.20 each, 1,821.60 in total', async () => {
      const el = await diploma('membership="non-member" country="ES" participants="3"');
      expect(perParticipant(el)).to.deep.equal(['€607.20']);
      expect(total(el)).to.equal('€1,821.60');
      expect(lines(el)).to.deep.equal(['member-rate: not applied: —', 'income-special-fee: not applied: —', 'group: applied: −€52.80']);
    });

    it('a member in arrears pays the list price; the membership choices name the 2024 contributions', async () => {
      const el = await diploma('membership="member-in-arrears" country="FR"');
      expect(total(el)).to.equal('€660.00');
      const labels = [...root(el).querySelectorAll('.membership label')].map((l) => clean(l.textContent));
      expect(labels).to.deep.equal(['Member city up to date with its 2024 contributions', 'Member city not up to date with its 2024 contributions', 'Not a member']);
    });

    it('"not a World Bank economy" for a territory that is not one', async () => {
      const el = await diploma('membership="member" country="VA"');
      expect(clean(q(el, '[part="income-group"]')?.textContent)).to.match(/— not a World Bank economy$/);
      expect(total(el)).to.equal('€330.00');
    });

    it('without a country, asks for one and shows no price', async () => {
      const el = await diploma();
      expect(q(el, '[part="total"]')).to.equal(null);
      expect(clean(q(el, '[part="quote"]')?.textContent)).to.include('Choose a country');
    });

    it('lists the editions that have a fee schedule when no edition is fixed', async () => {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      container.innerHTML = `<metropolis-fee-calculator now="${DEMO_DAY}" country="ES"><script type="application/json">${inlineJson(sample())}</script></metropolis-fee-calculator>`;
      const el = await ready(container.querySelector('metropolis-fee-calculator')!);
      const options = [...root(el).querySelectorAll<HTMLOptionElement>('select option')].map((o) => o.value);
      const catalog = sample();
      const priced = catalog.editions.filter((e) => e.fee.kind === 'schedule').map((e) => e.id);
      expect(options).to.deep.equal(priced);
      expect(options).to.include(DIPLOMA);
    });
  });

  describe('refunds (the Diploma starts on 17 November 2025)', () => {
    async function cancelOn(day: string): Promise<FeeCalculator> {
      const el = await diploma('membership="member" country="FR"');
      const input = q<HTMLInputElement>(el, 'input[type="date"][id$="-cancelled"]')!;
      input.value = day;
      input.dispatchEvent(new Event('change'));
      await el.updateComplete;
      return el;
    }
    const result = (el: FeeCalculator) => clean(q(el, '[part="refund-result"] strong')?.textContent);

    it('before the cutoff: 75 % of the amount paid (the quote’s total by default)', async () => {
      const el = await cancelOn('2025-10-16');
      expect(q<HTMLInputElement>(el, 'input[id$="-paid"]')!.value).to.equal('330.00');
      expect(result(el)).to.equal('Refund: €247.50');
    });

    it('on the last day: still 75 %', async () => {
      expect(result(await cancelOn('2025-10-17'))).to.equal('Refund: €247.50');
    });

    it('after it: not accepted', async () => {
      const el = await cancelOn('2025-10-18');
      expect(result(el)).to.equal('Not accepted');
    });

    it('the last day for a refund and the policy as dated steps', async () => {
      const el = await diploma('membership="member" country="FR"');
      expect(clean(q(el, '.last-day')?.textContent)).to.equal('Last day for a refund: 17 October 2025');
      expect([...root(el).querySelectorAll('[part="timeline"] li')].map((li) => clean(li.textContent))).to.deep.equal([
        'Until 17 October 2025: 75% of the amount paid is refunded',
        'From 18 October 2025: no cancellation is accepted',
      ]);
    });

    it('another amount paid', async () => {
      const el = await cancelOn('2025-10-01');
      const paid = q<HTMLInputElement>(el, 'input[id$="-paid"]')!;
      paid.value = '100';
      paid.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(result(el)).to.equal('Refund: €75.00');
    });
  });

  describe('a partner’s own schedule (USD, early bird until 31 March 2026, groups of 3)', () => {
    it('before the early bird’s last day', async () => {
      const el = await partner('country="US" registration-date="2026-03-30"');
      expect(total(el)).to.equal('$340.00');
      expect(lines(el)).to.deep.equal(['early-bird: applied: −$60.00', 'group: not applied: —']);
    });

    it('on its last day', async () => {
      const el = await partner('country="US" registration-date="2026-03-31"');
      expect(total(el)).to.equal('$340.00');
    });

    it('after it, with a group of 3', async () => {
      const el = await partner('country="US" registration-date="2026-04-01" participants="3"');
      expect(lines(el)).to.deep.equal(['early-bird: not applied: —', 'group: applied: −$40.00']);
      expect(perParticipant(el)).to.deep.equal(['$360.00']);
      expect(total(el)).to.equal('$1,080.00');
      expect(clean(q(el, '.schedule-notes')?.textContent)).to.equal('Lunch is included.');
    });

    it('a `schedule` property instead of inline JSON, and refunds from `start`', async () => {
      const el = await fixture<FeeCalculator>(html`<metropolis-fee-calculator start="2026-05-18" now="2026-05-10" country="US" .schedule=${partnerSchedule()}></metropolis-fee-calculator>`);
      await ready(el);
      expect(total(el)).to.equal('$400.00');
      expect(clean(q(el, '[part="refund-result"] strong')?.textContent)).to.equal('Refund: $0.00');
      expect(clean(q(el, '.last-day')?.textContent)).to.equal('Last day for a refund: 3 May 2026');
    });

    it('an invalid schedule: an error naming the bad field, no price, every issue logged', async () => {
      const bad = {...partnerSchedule(), listPrice: -5} as unknown;
      const errors: unknown[][] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => errors.push(args);
      try {
        const el = await partner('country="US"', bad);
        const alert = q(el, '[part="state"][role="alert"]');
        expect(clean(alert?.textContent)).to.include('listPrice');
        expect(q(el, '[part="total"]')).to.equal(null);
        await expect(el).to.be.accessible();
      } finally {
        console.error = original;
      }
      expect(errors.some((args) => JSON.stringify(args).includes('listPrice'))).to.equal(true);
    });

    it('no schedule at all says so', async () => {
      const el = await fixture<FeeCalculator>(html`<metropolis-fee-calculator></metropolis-fee-calculator>`);
      await ready(el);
      expect(clean(q(el, '[part="state"]')?.textContent)).to.include('No fee schedule');
    });
  });

  describe('other sources and hostile text', () => {
    it('reads an edition’s schedule from a `catalog` URL', async () => {
      const el = await fixture<FeeCalculator>(html`<metropolis-fee-calculator catalog="/packages/sdk/dist/catalog.json" edition=${DIPLOMA} now=${DEMO_DAY} membership="member" country="EG"></metropolis-fee-calculator>`);
      await until(() => !!root(el)?.querySelector('[part="total"]'));
      expect(total(el)).to.equal('€165.00');
    });

    it('renders a hostile label and note as text, never as markup', async () => {
      const attack = '<img src=x onerror="window.__pwned=true">';
      const schedule = partnerSchedule();
      schedule.rules[0]!.label = {en: `${attack} Early`};
      schedule.notes = [{en: `<script>window.__pwned=true</script>${attack}`}];
      const el = await partner('country="US" registration-date="2026-03-01"', schedule);
      expect(root(el).querySelector('img, script')).to.equal(null);
      expect(clean(q(el, 'tr[data-rule="early-bird"] th')?.textContent)).to.include(attack);
      expect((window as unknown as {__pwned?: boolean}).__pwned).to.equal(undefined);
    });

    it('an edition of the catalog with no fee schedule says so', async () => {
      const el = await diploma().then(async () => {
        const container = await fixture<HTMLDivElement>(html`<div></div>`);
        container.innerHTML = `<metropolis-fee-calculator edition="no-such-edition" now="${DEMO_DAY}"><script type="application/json">${inlineJson(sample())}</script></metropolis-fee-calculator>`;
        return ready(container.querySelector('metropolis-fee-calculator')!);
      });
      expect(clean(q(el, '[part="state"]')?.textContent)).to.include('no-such-edition');
    });
  });

  describe('compact', () => {
    it('shows the total with "How is this calculated?" and works at 320 px', async () => {
      const el = await diploma('variant="compact" membership="member" country="EG"');
      el.style.width = '320px';
      expect(total(el)).to.equal('€165.00');
      const details = q<HTMLDetailsElement>(el, '[part="disclosure"]')!;
      expect(clean(details.querySelector('summary')?.textContent)).to.equal('How is this calculated?');
      expect(details.open).to.equal(false);
      expect(details.querySelectorAll('tr[data-rule]').length).to.equal(3);
      expect(el.scrollWidth).to.be.at.most(320);
      await expect(el).to.be.accessible();
      details.open = true;
      await expect(el).to.be.accessible();
    });
  });

  describe('events and Apply', () => {
    it('fires metropolis-quote-change on user changes only', async () => {
      const el = await diploma('membership="member"');
      const quotes: number[] = [];
      el.addEventListener('metropolis-quote-change', (e) => quotes.push((e as QuoteChangeEvent).quote.total.amount));
      await set(el, {country: 'EG'});
      expect(quotes).to.deep.equal([]);
      const nonMember = q<HTMLInputElement>(el, 'input[type="radio"][value="non-member"]')!;
      nonMember.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(quotes).to.deep.equal([66_000]);
    });

    it('Apply fires a cancelable metropolis-apply for an edition that takes applications', async () => {
      const el = await diploma('membership="member" country="FR"');
      const seen: string[] = [];
      el.addEventListener('metropolis-apply', (e) => {
        seen.push((e as ApplyEvent).editionId);
        e.preventDefault();
      });
      q<HTMLButtonElement>(el, 'button[part="apply"]')!.click();
      expect(seen).to.deep.equal([DIPLOMA]);
    });

    it('apply-href links to the form page; no Apply for an inline schedule', async () => {
      const el = await diploma('membership="member" country="FR" apply-href="/apply"');
      expect(q<HTMLAnchorElement>(el, 'a[part="apply"]')!.href).to.match(/\/apply\?edition=diploma-internationalization-2025$/);
      const partnerCalc = await partner('country="US"');
      expect(q(partnerCalc, '[part="apply"]')).to.equal(null);
    });
  });

  describe('languages', () => {
    it('switches language at run time: French and Spanish words, money and dates', async () => {
      const container = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
      container.innerHTML = `<metropolis-fee-calculator edition="${DIPLOMA}" now="${DEMO_DAY}" membership="member" country="EG"><script type="application/json">${inlineJson(sample())}</script></metropolis-fee-calculator>`;
      const el = await ready(container.querySelector('metropolis-fee-calculator')!);
      expect(total(el)).to.equal('€165.00');
      container.lang = 'fr';
      await until(() => clean(q(el, '[part="quote"] h2')?.textContent).startsWith('Votre prix'));
      expect(total(el)).to.equal('165,00 €');
      expect(clean(q(el, '[part="income-group"]')?.textContent)).to.equal('Égypte — revenu intermédiaire inférieur (Banque mondiale FY2025)');
      expect(clean(q(el, '.last-day')?.textContent)).to.include('17 octobre 2025');
      await expect(el).to.be.accessible();
      container.lang = 'es';
      await until(() => clean(q(el, '[part="quote"] h2')?.textContent).startsWith('Su precio'));
      expect(total(el)).to.equal('165,00 €');
      expect(clean(q(el, '[part="income-group"]')?.textContent)).to.equal('Egipto — ingreso mediano bajo (Banco Mundial FY2025)');
      await expect(el).to.be.accessible();
    });
  });

  describe('keyboard only', () => {
    it('chooses membership, country and participants from the keyboard', async () => {
      const el = await diploma();
      const quotes: number[] = [];
      el.addEventListener('metropolis-quote-change', (e) => quotes.push((e as QuoteChangeEvent).quote.total.amount));
      q<HTMLInputElement>(el, 'input[type="radio"][value="member"]')!.focus();
      await sendKeys({press: ' '});
      await el.updateComplete;
      expect(el.membership).to.equal('member');
      await sendKeys({press: 'Tab'});
      await typeText('Egyp');
      await el.updateComplete;
      await sendKeys({press: 'ArrowDown'});
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(el.country).to.equal('EG');
      expect(total(el)).to.equal('€165.00');
      await sendKeys({press: 'Tab'});
      expect(root(el).activeElement?.id).to.match(/-participants$/);
      await sendKeys({press: 'ArrowUp'});
      await el.updateComplete;
      await el.updateComplete;
      expect(el.participants).to.equal(2);
      expect(quotes[quotes.length - 1]).to.equal(2 * 15_180);
    });
  });

  it('speaks Arabic: labels, the engine’s reasons and the amounts, right to left', async () => {
    const container = await fixture<HTMLDivElement>(html`<div lang="ar"></div>`);
    container.innerHTML = `<metropolis-fee-calculator edition="${DIPLOMA}" now="${DEMO_DAY}" membership="member" country="ET" participants="2"><script type="application/json">${inlineJson(sample())}</script></metropolis-fee-calculator>`;
    const el = await ready(container.querySelector('metropolis-fee-calculator')!);
    await until(() => clean(q(el, '[part="quote"] h2')?.textContent).startsWith('الرسوم المستحقة عليك'));
    const quote = clean(q(el, '[part="quote"]')!.textContent);
    // The engine's sentences in Arabic; the rule labels are the catalog's (English: it has no Arabic).
    expect(quote).to.contain('لأعضاء Metropolis المسدِّدين لاشتراكاتهم');
    expect(quote).to.contain('مشاركان');
    // Intl's Arabic money: a right-to-left mark, the amount, then the sign ("€330.00" in English).
    expect(q(el, '[part="total"] .amount')!.textContent!.trim()).to.match(/^\u200f[0-9٠-٩][0-9٠-٩.,٫٬]*\s€$/);
    expect(getComputedStyle(q(el, '[part="base"]')!).direction).to.equal('rtl');
  });

  describe('accessibility', () => {
    it('has no axe violation: loading done, with and without a price, in English', async () => {
      await expect(await diploma()).to.be.accessible();
      await expect(await diploma('membership="member" country="EG" participants="3"')).to.be.accessible();
      await expect(await partner('country="US"')).to.be.accessible();
    });

    it('has no axe violation in French, Spanish and Arabic', async () => {
      for (const lang of ['fr', 'es', 'ar']) {
        const container = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
        container.innerHTML = `<metropolis-fee-calculator edition="${DIPLOMA}" now="${DEMO_DAY}" membership="member" country="ET"><script type="application/json">${inlineJson(sample())}</script></metropolis-fee-calculator>`;
        const el = await ready(container.querySelector('metropolis-fee-calculator')!);
        await until(() => !clean(q(el, '[part="quote"] h2')?.textContent).startsWith('Your price'));
        await expect(el).to.be.accessible();
      }
    });
  });
});
