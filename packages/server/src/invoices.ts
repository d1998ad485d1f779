/**
 * The printable invoice: `GET /v1/invoices/{applicationId}?key=…`, a capability URL (whoever
 * has the link reads the invoice; the key is compared in constant time, anything else is 404).
 * A standalone HTML page in the applicant's language, A4 print CSS, every text escaped, a strict
 * CSP whose only style is allowed by nonce, no script at all.
 * @module
 */
import {randomBytes} from 'node:crypto';
import {Hono} from 'hono';
import {formatDay, formatDayRange, minorUnitDigits, pick, type Money, type UiLanguage} from '@metropolis-training/sdk';
import {findApplication, type ApplicationRow} from './applications/records.js';
import type {AppDeps, AppEnv} from './context.js';
import {notFound} from './problem.js';
import {sameSecret} from './secrets.js';

/** Escapes text for HTML element content and quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[ch]!);
}

/**
 * Formats integer minor units as money in `lang` without a float: the amount is handed to Intl
 * as an exact decimal string ("660.00"), so no binary fraction ever rounds a cent.
 */
export function formatMinorUnits(value: Money, lang: string): string {
  const digits = minorUnitDigits(value.currency);
  const sign = value.amount < 0 ? '-' : '';
  const units = String(Math.abs(value.amount)).padStart(digits + 1, '0');
  const decimal = digits ? `${sign}${units.slice(0, -digits)}.${units.slice(-digits)}` : `${sign}${units}`;
  const format = new Intl.NumberFormat(lang, {style: 'currency', currency: value.currency, minimumFractionDigits: digits, maximumFractionDigits: digits});
  // Intl formats a numeric string exactly (ECMA-402 "Intl.NumberFormat v3").
  return format.format(decimal as unknown as number);
}

interface InvoiceWords {
  title: string;
  number: string;
  date: string;
  billTo: string;
  course: string;
  reference: string;
  description: string;
  amount: string;
  listPrice: (participants: number) => string;
  total: string;
  terms: string;
  termLines: string[];
  bank: string;
  accountHolder: string;
  bankName: string;
  paymentReference: string;
  online: string;
}

const invoiceWords: Record<UiLanguage, InvoiceWords> = {
  en: {
    title: 'Invoice', number: 'Invoice number', date: 'Date', billTo: 'Bill to', course: 'Course', reference: 'Application reference',
    description: 'Description', amount: 'Amount', listPrice: (n) => (n === 1 ? 'List price' : `List price × ${n} participants`), total: 'Total',
    terms: 'Payment terms',
    termLines: ['Due on receipt, and in any case before the course starts.', 'Full payment guarantees participation in the course.', 'Payment by bank transfer; bank fees are the participant’s.'],
    bank: 'Bank transfer details', accountHolder: 'Account holder', bankName: 'Bank', paymentReference: 'Reference to quote', online: 'online',
  },
  fr: {
    title: 'Facture', number: 'Numéro de facture', date: 'Date', billTo: 'Facturé à', course: 'Cours', reference: 'Référence de la candidature',
    description: 'Description', amount: 'Montant', listPrice: (n) => (n === 1 ? 'Prix catalogue' : `Prix catalogue × ${n} participants`), total: 'Total',
    terms: 'Conditions de paiement',
    termLines: ['Payable à réception, et en tout cas avant le début du cours.', 'Le paiement intégral garantit la participation au cours.', 'Paiement par virement bancaire ; les frais bancaires sont à la charge du participant.'],
    bank: 'Coordonnées bancaires', accountHolder: 'Titulaire du compte', bankName: 'Banque', paymentReference: 'Référence à indiquer', online: 'en ligne',
  },
  es: {
    title: 'Factura', number: 'Número de factura', date: 'Fecha', billTo: 'Facturar a', course: 'Curso', reference: 'Referencia de la solicitud',
    description: 'Concepto', amount: 'Importe', listPrice: (n) => (n === 1 ? 'Precio de lista' : `Precio de lista × ${n} participantes`), total: 'Total',
    terms: 'Condiciones de pago',
    termLines: ['Pago a la recepción, y en todo caso antes del inicio del curso.', 'El pago completo garantiza la participación en el curso.', 'Pago por transferencia bancaria; las comisiones bancarias corren a cargo del participante.'],
    bank: 'Datos bancarios', accountHolder: 'Titular de la cuenta', bankName: 'Banco', paymentReference: 'Referencia a indicar', online: 'en línea',
  },
  ar: {
    title: 'فاتورة', number: 'رقم الفاتورة', date: 'التاريخ', billTo: 'فاتورة باسم', course: 'الدورة', reference: 'الرقم المرجعي للطلب',
    description: 'البيان', amount: 'المبلغ', listPrice: (n) => (n === 1 ? 'السعر الأساسي' : `السعر الأساسي × ${n} مشاركين`), total: 'المجموع',
    terms: 'شروط الدفع',
    termLines: ['تُدفَع عند الاستلام، وفي كل الأحوال قبل بدء الدورة.', 'يضمن الدفع الكامل المشاركة في الدورة.', 'الدفع بتحويل مصرفي؛ ويتحمّل المشارك الرسوم المصرفية.'],
    bank: 'تفاصيل التحويل المصرفي', accountHolder: 'صاحب الحساب', bankName: 'المصرف', paymentReference: 'المرجع الواجب ذكره', online: 'عبر الإنترنت',
  },
};

const STYLE = `
@page { size: A4; margin: 18mm; }
* { box-sizing: border-box; }
body { font: 11pt/1.45 system-ui, sans-serif; color: #111; max-width: 180mm; margin: 2rem auto; padding: 0 1rem; }
header { display: flex; justify-content: space-between; gap: 2rem; }
h1 { font-size: 20pt; margin: 0 0 .5rem; }
address { font-style: normal; white-space: pre-line; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0; }
dt { font-weight: 600; }
dd { margin: 0; }
section { margin-top: 1.5rem; }
h2 { font-size: 12pt; margin: 0 0 .4rem; }
table { width: 100%; border-collapse: collapse; }
th, td { text-align: start; padding: .35rem .25rem; border-bottom: 1px solid #ccc; vertical-align: top; }
td.amount, th.amount { text-align: end; white-space: nowrap; font-variant-numeric: tabular-nums; }
tfoot td { font-weight: 700; border-bottom: 2px solid #111; }
@media print { body { margin: 0; max-width: none; padding: 0; } }
`;

/** The invoice as a standalone HTML page; `nonce` allows its one style element. */
export function invoiceHtml(row: ApplicationRow, deps: Pick<AppDeps, 'catalog' | 'config'>, nonce: string): string {
  const lang = row.lang;
  const w = invoiceWords[lang];
  const e = escapeHtml;
  const money = (value: Money) => e(formatMinorUnits(value, lang));
  const edition = deps.catalog.edition(row.edition_id);
  const course = edition && deps.catalog.course(edition.courseId);
  const courseTitle = course ? pick(course.title, lang) : row.edition_id;
  const when = edition?.dates.kind === 'fixed' ? formatDayRange(edition.dates.start, edition.dates.end, lang) : '';
  const where = edition ? (edition.location.mode === 'online' ? w.online : pick(edition.location.city, lang)) : '';
  const {applicant, quote} = row;
  const country = new Intl.DisplayNames([lang], {type: 'region'}).of(applicant.country) ?? applicant.country;
  const billTo = [`${applicant.givenName} ${applicant.familyName}`, applicant.organization, applicant.city, country];
  const issuer = deps.config.invoiceIssuer ?? [];
  const bank = deps.config.bankTransfer;
  const listTotal: Money = {amount: quote.listPrice.amount * quote.participants, currency: quote.currency};
  const ruleRows = quote.lines
    .filter((line) => line.applied && line.amount.amount !== 0)
    .map((line) => `<tr><td>${e(line.label)}<br><small>${e(line.reason)}</small></td><td class="amount">${money({amount: -line.amount.amount, currency: line.amount.currency})}</td></tr>`)
    .join('\n');
  const dir = lang === 'ar' ? ' dir="rtl"' : '';
  return `<!doctype html>
<html lang="${lang}"${dir}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${e(w.title)} ${e(row.invoice_number ?? '')}</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<header>
<address>${issuer.map(e).join('\n')}</address>
<div>
<h1>${e(w.title)}</h1>
<dl>
<dt>${e(w.number)}</dt><dd>${e(row.invoice_number ?? '')}</dd>
<dt>${e(w.date)}</dt><dd>${e(row.invoice_issued_on ? formatDay(row.invoice_issued_on, lang) : '')}</dd>
<dt>${e(w.reference)}</dt><dd>${e(row.reference)}</dd>
</dl>
</div>
</header>
<section>
<h2>${e(w.billTo)}</h2>
<address>${billTo.map(e).join('\n')}</address>
</section>
<section>
<h2>${e(w.course)}</h2>
<p>${e(courseTitle)}${when ? `<br>${e(when)}` : ''}${where ? `, ${e(where)}` : ''}</p>
</section>
<section>
<table>
<thead><tr><th>${e(w.description)}</th><th class="amount">${e(w.amount)}</th></tr></thead>
<tbody>
<tr><td>${e(w.listPrice(quote.participants))}</td><td class="amount">${money(listTotal)}</td></tr>
${ruleRows}
</tbody>
<tfoot><tr><td>${e(w.total)} (${e(quote.currency)})</td><td class="amount">${money(quote.total)}</td></tr></tfoot>
</table>
</section>
<section>
<h2>${e(w.terms)}</h2>
<ul>${w.termLines.map((line) => `<li>${e(line)}</li>`).join('')}</ul>
</section>
${bank ? `<section>
<h2>${e(w.bank)}</h2>
<dl>
<dt>${e(w.accountHolder)}</dt><dd>${e(bank.accountHolder)}</dd>
<dt>IBAN</dt><dd>${e(bank.iban)}</dd>
<dt>BIC</dt><dd>${e(bank.bic)}</dd>
<dt>${e(w.bankName)}</dt><dd>${e(bank.bankName)}</dd>
<dt>${e(w.paymentReference)}</dt><dd>${e(`${row.invoice_number ?? ''} ${row.reference}`)}</dd>
</dl>
</section>` : ''}
</body>
</html>
`;
}

/** `GET /v1/invoices/{id}?key=…`: the invoice page, or 404 (unknown id, not invoiced, wrong or missing key). */
export function invoiceRoutes(deps: AppDeps): Hono<AppEnv> {
  return new Hono<AppEnv>().get('/invoices/:id', async (c) => {
    const key = c.req.query('key') ?? '';
    const row = await findApplication(deps.db, c.req.param('id'));
    // Compared even when there is nothing to compare with, so timing does not tell ids apart.
    const matches = sameSecret(key, row?.invoice_key ?? randomBytes(32).toString('base64url'));
    if (!row || !row.invoice_key || !row.invoice_number || !matches) throw notFound();
    const nonce = randomBytes(16).toString('base64');
    c.header('Content-Security-Policy', `default-src 'none'; style-src 'nonce-${nonce}'; img-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`);
    c.header('Cache-Control', 'no-store');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Robots-Tag', 'noindex');
    c.header('X-Frame-Options', 'DENY');
    c.header('Content-Type', 'text/html; charset=utf-8');
    return c.body(invoiceHtml(row, deps, nonce), 200);
  });
}
