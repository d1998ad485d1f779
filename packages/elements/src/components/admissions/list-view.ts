/**
 * The edition picker and the application list of `<metropolis-admissions>`.
 * @module
 */
import type {AdminEdition, ApplicationStatus} from '@metropolis-training/sdk';
import {html, nothing, type TemplateResult} from 'lit';
import type {Admissions, ListState} from './admissions.js';
import type {Filters} from './admissions-model.js';

/** The World Bank's groups (the SDK's `IncomeGroup`), without zod in this bundle. */
const incomeGroups = ['low', 'lower-middle', 'upper-middle', 'high', 'unclassified'] as const;
/** The registry's decisions (the SDK's `MembershipStatus`). */
const memberships = ['member', 'member-in-arrears', 'non-member'] as const;

/** "12 admitted of 30 places · special fees 2 of 3": admitted counts every status from admission on. */
export function editionSummary(host: Admissions, edition: AdminEdition): string {
  const admitted = (['admitted', 'invoiced', 'paid'] as const).reduce((sum, status) => sum + (edition.counts[status] ?? 0), 0);
  return host.m.editionSummary(admitted, edition.capacity, edition.specialFee.used, edition.specialFee.quota);
}

/** The list view: edition, counts, filters, the table, Load more, Export CSV. */
export function listView(host: Admissions, state: {editions: AdminEdition[]; editionId: string; filters: Filters; list: ListState}): TemplateResult {
  const m = host.m;
  const id = (name: string) => `${host.idPrefix}-${name}`;
  const edition = state.editions.find((e) => e.editionId === state.editionId);
  const {filters, list} = state;
  const select = (name: keyof Filters, label: string, options: readonly (readonly [string, string])[]) => html`<div class="field">
    <label for=${id(name)}>${label}</label>
    <select part="input" id=${id(name)} name=${name}>
      <option value="" ?selected=${!filters[name]}>${m.any}</option>
      ${options.map(([value, text]) => html`<option value=${value} ?selected=${filters[name] === value}>${text}</option>`)}
    </select>
  </div>`;
  return html`<section class="view list">
    ${host.heading(m.applications)}
    <div class="field">
      <label for=${id('edition')}>${m.edition}</label>
      <select part="input" id=${id('edition')} name="edition" @change=${host.onEdition} aria-describedby=${edition ? id('edition-summary') : nothing}>
        <option value="" ?selected=${!state.editionId}>${m.allEditions}</option>
        ${state.editions.map((e) => html`<option value=${e.editionId} ?selected=${e.editionId === state.editionId}>${e.courseTitle}${e.start ? ` (${e.start})` : ''} — ${e.editionId}</option>`)}
      </select>
      ${edition ? html`<p class="hint" id=${id('edition-summary')} data-edition-summary>${editionSummary(host, edition)}</p>` : nothing}
    </div>
    <form class="filters" @submit=${host.onFilters} aria-label=${m.filters}>
      <div class="row">
        ${select('status', m.status, (Object.keys(m.statusLabels) as ApplicationStatus[]).map((s) => [s, m.statusLabels[s]] as const))}
        <div class="field"><label for=${id('country')}>${m.country}</label><input part="input" id=${id('country')} name="country" type="text" maxlength="2" autocomplete="off" .value=${filters.country} /></div>
        ${select('incomeGroup', m.incomeGroup, incomeGroups.map((g) => [g, m.incomeGroupLabels[g]] as const))}
        ${select('membership', m.membership, memberships.map((s) => [s, m.membershipLabels[s]] as const))}
        ${select('specialFee', m.specialFee, [['true', m.yes], ['false', m.no]] as const)}
        <div class="field"><label for=${id('q')}>${m.search}</label><input part="input" id=${id('q')} name="q" type="search" autocomplete="off" .value=${filters.q} /></div>
      </div>
      <div class="buttons">
        <button part="button" type="submit">${m.apply}</button>
        <button part="button" type="button" class="secondary" @click=${host.onExport}>${m.exportCsv}</button>
      </div>
    </form>
    <p data-count>${m.count(list.items.length, list.total)}</p>
    ${list.items.length === 0 && !list.loading
      ? html`<p>${m.none}</p>`
      : html`<div class="scroll"><table part="table">
          <thead><tr><th scope="col">${m.reference}</th><th scope="col">${m.applicant}</th><th scope="col">${m.organization}</th><th scope="col">${m.status}</th><th scope="col">${m.total}</th><th scope="col">${m.submitted}</th></tr></thead>
          <tbody>
            ${list.items.map((a) => html`<tr>
              <th scope="row"><button part="button" type="button" class="link" aria-label=${m.open(a.reference)} @click=${() => host.openApplication(a.id)}>${a.reference}</button></th>
              <td>${a.applicant.givenName} ${a.applicant.familyName}<br /><span class="hint">${a.applicant.email}</span></td>
              <td>${a.applicant.organization} (${a.applicant.country})</td>
              <td data-status>${m.statusLabels[a.status]}</td>
              <td>${host.money(a.quote.total)}</td>
              <td>${host.when(a.submittedAt)}</td>
            </tr>`)}
          </tbody>
        </table></div>`}
    ${list.nextCursor ? html`<div class="buttons"><button part="button" type="button" class="secondary" ?disabled=${list.loading} @click=${host.onLoadMore}>${list.loading ? m.loading : m.loadMore}</button></div>` : nothing}
  </section>`;
}
