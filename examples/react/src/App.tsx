// The elements in React 19: registered once by importing their define modules, typed in JSX by
// `@metropolis-training/elements/react` (props checked, `onmetropolis-…` handlers given the
// event classes). Apply on a card opens the fee calculator for that edition in React's own state,
// instead of the list's application dialog.
import '@metropolis-training/elements/define/course-list.js';
import '@metropolis-training/elements/define/fee-calculator.js';
import type {} from '@metropolis-training/elements/react';
import type {ApplyEvent, QuoteChangeEvent} from '@metropolis-training/elements';
import {formatMoney} from '@metropolis-training/sdk';
// The sample catalog, emitted by Vite as a file beside the app; a real site gives `api` instead.
import catalog from '@metropolis-training/sdk/catalog.json?url';
import {useState} from 'react';

/** The sample catalog's editions are of 2025: the demo looks at them as of 15 September 2025. */
const now = '2025-09-15';
/** The calculator starts from this country (ISO 3166-1 alpha-2); the visitor can change it. */
const country = 'EG';

export function App() {
  const [edition, setEdition] = useState<string>();
  const [total, setTotal] = useState<string>();

  const apply = (event: ApplyEvent) => {
    event.preventDefault(); // no dialog: this page shows the price instead
    setEdition(event.editionId);
    setTotal(undefined);
  };
  const quoted = (event: QuoteChangeEvent) => {
    setTotal(`${formatMoney(event.quote.total, 'en')}${event.estimate ? ' (estimate)' : ''}`);
  };

  return (
    <main>
      <h1>Training courses</h1>
      <metropolis-course-list catalog={catalog} now={now} headingLevel={2} onmetropolis-apply={apply} />
      {edition && (
        <section aria-labelledby="price-heading">
          <h2 id="price-heading">What it would cost</h2>
          <metropolis-fee-calculator key={edition} catalog={catalog} edition={edition} now={now} country={country} onmetropolis-quote-change={quoted} />
          <p>
            Total: <output aria-live="polite">{total ?? '…'}</output>
          </p>
        </section>
      )}
    </main>
  );
}
