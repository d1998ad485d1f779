/**
 * The page of one application in `<metropolis-admissions>`: what the applicant sent, the quote,
 * payment, invoice, history and the actions its status allows.
 * @module
 */
import type {Application} from '@metropolis-training/sdk';
import {html, nothing, type TemplateResult} from 'lit';
import type {Admissions} from './admissions.js';
import {invoiceOf, type HistoryEntry} from './admissions-model.js';

/** The application view. Every applicant-written value is rendered as text. */
export function applicationView(host: Admissions, application: Application): TemplateResult {
  const m = host.m;
  const a = application.applicant;
  const invoice = invoiceOf(application);
  const invoiceHref = invoice ? host.invoiceHref(invoice.url) : undefined;
  const actions = host.actions(application);
  const row = (label: string, value: unknown) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`;
  const claim = application.membershipClaim;
  return html`<section class="view application">
    <p><button part="button" type="button" class="link" @click=${host.showList}>${m.back}</button></p>
    ${host.heading(m.applicationTitle(application.reference))}
    <p class="status">${m.status}: <strong data-current-status>${m.statusLabels[application.status]}</strong></p>
    <section aria-labelledby=${`${host.idPrefix}-actions`}>
      <h3 id=${`${host.idPrefix}-actions`}>${m.actions}</h3>
      ${actions.length
        ? html`<div class="buttons">${actions.map((action) => html`<button part="button" type="button" class=${action === 'rejected' || action === 'cancelled' || action === 'withdrawn' ? 'secondary' : ''} data-action=${action} @click=${(e: Event) => host.startAction(action, e)}>${m.actionLabels[action]}</button>`)}</div>`
        : html`<p>${m.noActions}</p>`}
    </section>
    <section>
      <h3>${m.whatTheySent}</h3>
      <dl class="facts">
        ${row(m.name, `${a.givenName} ${a.familyName}`)}
        ${row(m.email, a.email)}
        ${row(m.organization, a.organization)}
        ${row(m.position, a.position)}
        ${row(m.city, `${a.city}, ${host.regionName(a.country)}`)}
        ${row(m.careerStage, m.careerStageLabels[a.careerStage] ?? a.careerStage)}
        ${row(m.language, host.languageName(application.lang))}
        ${row(m.claim, `${m.claimLabels[claim.claim] ?? claim.claim}${claim.memberId ? ` · ${claim.memberId}` : ''}${claim.memberName ? ` · ${claim.memberName}` : ''}`)}
        ${row(m.decision, m.membershipLabels[application.membership] ?? application.membership)}
        ${row(m.submitted, host.when(application.submittedAt))}
      </dl>
      ${application.groupMembers.length
        ? html`<h4>${m.groupMembers}</h4><ul>${application.groupMembers.map((g) => html`<li>${Object.values(g).filter((v) => typeof v === 'string').join(' · ')}</li>`)}</ul>`
        : nothing}
      <h4>${m.motivation}</h4>
      <p class="motivation">${application.motivation}</p>
    </section>
    <section>
      <h3>${m.quote}</h3>
      <div class="scroll"><table part="table">
        <thead><tr><th scope="col">${m.rule}</th><th scope="col">${m.applied}</th><th scope="col">${m.note}</th></tr></thead>
        <tbody>${application.quote.lines.map((line) => html`<tr><th scope="row">${line.label}</th><td>${line.applied ? m.applied : m.notApplied}</td><td>${line.reason}</td></tr>`)}</tbody>
      </table></div>
      <dl class="facts">
        ${row(m.perParticipant, host.money(application.quote.perParticipant))}
        ${row(m.total, host.money(application.quote.total))}
        ${application.paid ? row(m.paid, html`<span data-paid>${host.money(application.paid)}</span>`) : nothing}
        ${application.refund ? row(m.refund, html`<span data-refund-recorded>${host.money(application.refund)}</span>`) : nothing}
        ${invoice ? row(m.invoice, invoiceHref ? html`<a href=${invoiceHref} target="_blank" rel="noopener" data-invoice=${invoice.number}>${m.openInvoice(invoice.number)}</a>` : invoice.number) : nothing}
      </dl>
      ${application.quote.notes.length ? html`<ul class="hint">${application.quote.notes.map((note) => html`<li>${note}</li>`)}</ul>` : nothing}
    </section>
    <section>
      <h3>${m.history}</h3>
      <div class="scroll"><table part="table" data-history>
        <thead><tr><th scope="col">${m.status}</th><th scope="col">${m.when}</th><th scope="col">${m.by}</th><th scope="col">${m.note}</th></tr></thead>
        <tbody>${(application.history as HistoryEntry[]).map((h) => html`<tr><th scope="row">${m.statusLabels[h.status]}</th><td>${host.when(h.at)}</td><td>${h.by ?? ''}</td><td>${h.note ?? ''}</td></tr>`)}</tbody>
      </table></div>
    </section>
  </section>`;
}
