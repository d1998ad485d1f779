/**
 * What `<metropolis-admissions>` decides without the DOM: which actions a status allows, the
 * filters as a query, where the token is kept, the body of a status change.
 * @module
 */
import {parseAmount, type AdminApplicationQuery, type Application, type ApplicationStatus, type StatusChange} from '@metropolis-training/sdk';
import type {AdmissionAction} from '../../localize/en/admissions.js';

/** The key of the token in `sessionStorage` ("keep me signed in in this tab"). Never in `localStorage`. */
export const TOKEN_KEY = 'metropolis-admissions-token';

/** The shortest token the server issues. */
export const TOKEN_MIN_LENGTH = 16;

/** Why a typed token cannot be sent, or `undefined` when it can. */
export function tokenProblem(token: string): 'required' | 'short' | undefined {
  if (!token.trim()) return 'required';
  if (token.trim().length < TOKEN_MIN_LENGTH) return 'short';
  return undefined;
}

/** The list's filters as the admin typed them. */
export interface Filters {
  status: string;
  country: string;
  incomeGroup: string;
  membership: string;
  specialFee: '' | 'true' | 'false';
  q: string;
}

/** No filter. */
export const noFilters = (): Filters => ({status: '', country: '', incomeGroup: '', membership: '', specialFee: '', q: ''});

/** The query of the list and the CSV export for an edition and the filters. */
export function queryOf(editionId: string, filters: Filters, cursor?: string): AdminApplicationQuery {
  const query: AdminApplicationQuery = {};
  if (editionId) query.editionId = editionId;
  if (filters.status) query.status = filters.status;
  if (filters.country.trim()) query.country = filters.country.trim().toUpperCase();
  if (filters.incomeGroup) query.incomeGroup = filters.incomeGroup;
  if (filters.membership) query.membership = filters.membership;
  if (filters.specialFee) query.specialFee = filters.specialFee === 'true';
  if (filters.q.trim()) query.q = filters.q.trim();
  if (cursor) query.cursor = cursor;
  return query;
}

/** What the confirmation dialog of a status change holds. */
export interface ChangeDraft {
  action: AdmissionAction;
  note: string;
  /** For `paid`: the amount as typed (decimal text). */
  amount: string;
  /** For `cancelled`: the day the cancellation was received. */
  cancelledOn: string;
}

/** A problem with the draft (the field and the message key), or the status change to send. */
export function changeOf(application: Application, draft: ChangeDraft): {change: StatusChange} | {field: 'note' | 'amount' | 'cancelledOn'; problem: 'reasonRequired' | 'amountInvalid' | 'cancelledOnInvalid'} {
  const change: StatusChange = {status: draft.action};
  const note = draft.note.trim();
  if (draft.action === 'rejected' && !note) return {field: 'note', problem: 'reasonRequired'};
  if (note) change.note = note;
  if (draft.action === 'paid') {
    const amount = parseAmount(draft.amount, application.quote.currency);
    if (amount === undefined) return {field: 'amount', problem: 'amountInvalid'};
    change.paid = {amount, currency: application.quote.currency};
  }
  if (draft.action === 'cancelled') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.cancelledOn)) return {field: 'cancelledOn', problem: 'cancelledOnInvalid'};
    change.cancelledOn = draft.cancelledOn;
  }
  return {change};
}

/** Today in the browser's time zone, `YYYY-MM-DD`. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The optional fields newer servers add to an application (who did what, the invoice), read without depending on them. */
export interface HistoryEntry {
  status: ApplicationStatus;
  at: string;
  by?: string;
  from?: ApplicationStatus;
  note?: string;
}

/** The invoice of an application, when the server issued one. */
export interface InvoiceInfo {
  number: string;
  issuedOn?: string;
  url: string;
}

/** The application's invoice, if any. */
export function invoiceOf(application: Application): InvoiceInfo | undefined {
  const invoice = (application as {invoice?: InvoiceInfo}).invoice;
  return invoice && typeof invoice.url === 'string' ? invoice : undefined;
}

/**
 * The address of a server-relative URL (the invoice's) under the API base: `/invoices/x` of
 * the server at `https://host/training/` is `https://host/training/invoices/x`. Only `http:`
 * and `https:` results.
 */
export function serverUrl(path: string, apiBase: string): string | undefined {
  try {
    const url = new URL(path.replace(/^\/(?!\/)/, ''), apiBase);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A member record as typed in the registry's form. */
export interface MemberDraft {
  id: string;
  name: string;
  city: string;
  country: string;
  paidThrough: string;
}

/** The problems of a member draft, by field (message keys). */
export function memberProblems(draft: MemberDraft): Partial<Record<keyof MemberDraft, 'fieldRequired' | 'yearInvalid' | 'idInvalid' | 'countryInvalid'>> {
  const problems: Partial<Record<keyof MemberDraft, 'fieldRequired' | 'yearInvalid' | 'idInvalid' | 'countryInvalid'>> = {};
  if (!draft.id.trim()) problems.id = 'fieldRequired';
  else if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(draft.id.trim())) problems.id = 'idInvalid';
  if (!draft.name.trim()) problems.name = 'fieldRequired';
  if (!draft.city.trim()) problems.city = 'fieldRequired';
  if (!/^[A-Za-z]{2}$/.test(draft.country.trim())) problems.country = 'countryInvalid';
  const year = draft.paidThrough.trim();
  if (year && (!/^\d{4}$/.test(year) || Number(year) < 1900 || Number(year) > 2200)) problems.paidThrough = 'yearInvalid';
  return problems;
}
