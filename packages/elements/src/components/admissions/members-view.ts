/**
 * The member registry of `<metropolis-admissions>`: list, add, edit (the contributions year), delete.
 * @module
 */
import type {MemberRecord} from '@metropolis-training/sdk';
import {html, nothing, type TemplateResult} from 'lit';
import type {Admissions, MemberFormState} from './admissions.js';
import {memberProblems, type MemberDraft} from './admissions-model.js';

/** The registry view. */
export function membersView(host: Admissions, members: MemberRecord[], form: MemberFormState | undefined): TemplateResult {
  const m = host.m;
  return html`<section class="view members">
    ${host.heading(m.members)}
    <p>${m.membersIntro}</p>
    ${form ? memberForm(host, form) : html`<div class="buttons"><button part="button" type="button" data-add-member @click=${(e: Event) => host.editMember(undefined, e)}>${m.addMember}</button></div>`}
    <div class="scroll"><table part="table" data-members>
      <thead><tr><th scope="col">${m.memberName}</th><th scope="col">${m.memberId}</th><th scope="col">${m.memberCity}</th><th scope="col">${m.paidThrough}</th><th scope="col">${m.actions}</th></tr></thead>
      <tbody>${members.map((member) => html`<tr data-member=${member.id}>
        <th scope="row">${member.name}</th>
        <td>${member.id}</td>
        <td>${member.city} (${member.country})</td>
        <td data-paid-through>${member.contributionsPaidThrough ?? m.notPaid}</td>
        <td class="buttons">
          <button part="button" type="button" class="secondary" data-edit @click=${(e: Event) => host.editMember(member, e)}>${m.editMember(member.name)}</button>
          <button part="button" type="button" class="secondary" data-delete @click=${(e: Event) => host.askDeleteMember(member, e)}>${m.deleteMember(member.name)}</button>
        </td>
      </tr>`)}</tbody>
    </table></div>
  </section>`;
}

function memberForm(host: Admissions, form: MemberFormState): TemplateResult {
  const m = host.m;
  const problems = form.submitted ? memberProblems(form.draft) : {};
  const id = (name: string) => `${host.idPrefix}-member-${name}`;
  const field = (name: keyof MemberDraft, label: string, extra: {inputmode?: string; maxlength?: number; readonly?: boolean} = {}) => {
    const problem = problems[name];
    return html`<div class="field">
      <label for=${id(name)}>${label}</label>
      <input part="input" id=${id(name)} name=${name} type="text" autocomplete="off" inputmode=${extra.inputmode ?? nothing} maxlength=${extra.maxlength ?? nothing} ?readonly=${!!extra.readonly} .value=${form.draft[name]} aria-invalid=${problem ? 'true' : 'false'} aria-describedby=${problem ? id(`${name}-error`) : nothing} @input=${(e: Event) => host.onMemberField(name, (e.target as HTMLInputElement).value)} />
      ${problem ? html`<p class="field-error" id=${id(`${name}-error`)}>${m[problem]}</p>` : nothing}
    </div>`;
  };
  const editing = members(form);
  return html`<form class="member-form" @submit=${host.onSaveMember} novalidate>
    <h3 tabindex="-1" data-member-form-heading>${editing ? m.editMember(form.draft.name || editing) : m.addMember}</h3>
    <div class="row">
      ${field('id', m.memberId, {readonly: !!editing})}
      ${field('name', m.memberName)}
      ${field('city', m.memberCity)}
      ${field('country', m.memberCountry, {maxlength: 2})}
      ${field('paidThrough', m.paidThrough, {inputmode: 'numeric', maxlength: 4})}
    </div>
    ${form.error ? html`<p class="alert" role="alert">${form.error}</p>` : nothing}
    <div class="buttons">
      <button part="button" type="submit">${m.save}</button>
      <button part="button" type="button" class="secondary" @click=${host.closeMemberForm}>${m.cancel}</button>
    </div>
  </form>`;
}

function members(form: MemberFormState): string | undefined {
  return form.editing;
}
