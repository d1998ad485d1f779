/**
 * The words of quotes and refunds in English, French and Spanish. Amounts, percentages, dates
 * and country names are formatted by `Intl` in the same language.
 * @module
 */
import {formatDay as day} from '../dates.js';
import {cached} from '../intl-cache.js';
import {formatMoney, formatPercent} from '../money.js';
import type {Money} from '../schemas/common.js';
import type {FeeRuleKind} from '../schemas/fee-schedule.js';
import type {IncomeGroup, UiLanguage} from '../schemas/vocabulary.js';


function country(code: string, lang: UiLanguage): string {
  try {
    return cached(`regions:${lang}`, () => new Intl.DisplayNames([lang], {type: 'region'})).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "participant 2", "participants 1–3". */
function participantRange(first: number, last: number, lang: UiLanguage): string {
  const words = {en: ['participant', 'participants'], fr: ['participant', 'participants'], es: ['participante', 'participantes']}[lang];
  return first === last ? `${words[0]} ${first}` : `${words[1]} ${first}–${last}`;
}

const incomeGroupNames: Record<UiLanguage, Record<IncomeGroup, string>> = {
  en: {low: 'a low-income', 'lower-middle': 'a lower-middle-income', 'upper-middle': 'an upper-middle-income', high: 'a high-income', unclassified: 'an unclassified'},
  fr: {low: 'à faible revenu', 'lower-middle': 'à revenu intermédiaire inférieur', 'upper-middle': 'à revenu intermédiaire supérieur', high: 'à revenu élevé', unclassified: 'non classée'},
  es: {low: 'de ingreso bajo', 'lower-middle': 'de ingreso mediano bajo', 'upper-middle': 'de ingreso mediano alto', high: 'de ingreso alto', unclassified: 'sin clasificar'},
};

/** Default rule labels, used when a rule has none of its own. @internal */
export const defaultLabels: Record<UiLanguage, Record<FeeRuleKind, string>> = {
  en: {membership: 'Member rate', 'income-level': 'Special fee', group: 'Group registration', 'early-bird': 'Early bird', 'fixed-price': 'Special price'},
  fr: {membership: 'Tarif membre', 'income-level': 'Tarif spécial', group: 'Inscription de groupe', 'early-bird': 'Inscription anticipée', 'fixed-price': 'Prix spécial'},
  es: {membership: 'Tarifa de miembro', 'income-level': 'Tarifa especial', group: 'Inscripción en grupo', 'early-bird': 'Inscripción anticipada', 'fixed-price': 'Precio especial'},
};

/** Every sentence the engine writes, per language. @internal */
export interface FeeMessages {
  memberApplied(label: string, percent: number, year: number | undefined): string;
  memberInArrears(year: number | undefined): string;
  notMember(): string;
  incomeApplied(label: string, percent: number, group: IncomeGroup, countryCode: string, classification: string): string;
  incomeMembersOnly(): string;
  incomeNotEconomy(countryCode: string): string;
  incomeUnclassified(countryCode: string, classification: string): string;
  incomeNoRate(countryCode: string, group: IncomeGroup, classification: string): string;
  incomeNoPlaces(): string;
  groupApplied(label: string, percent: number, participants: number): string;
  groupTooSmall(min: number): string;
  earlyApplied(label: string, percent: number, lastDay: string): string;
  earlyOver(lastDay: string): string;
  fixedApplied(label: string, price: Money): string;
  fixedNotInCategory(label: string): string;
  exclusive(otherLabel: string): string;
  parts(pieces: {first: number; last: number; reason: string}[]): string;
  quotaNote(quota: number): string;
  splitNote(special: number, participants: number): string;
  refundBefore(cancelledOn: string, cutoff: string, days: number, percent: number): string;
  refundNoneAccepted(cancelledOn: string, cutoff: string, days: number): string;
  refundNothing(cancelledOn: string, cutoff: string, days: number): string;
  refundNoPolicy(accepted: boolean): string;
}

const lang = 'en';
const en: FeeMessages = {
  memberApplied: (label, p, year) => `${label}: ${formatPercent(p, lang)} for Metropolis members up to date with ${year ? `${year} ` : 'their '}contributions`,
  memberInArrears: (year) => `No member rate: membership contributions${year ? ` for ${year}` : ''} are not up to date`,
  notMember: () => 'No member rate: not a Metropolis member',
  incomeApplied: (label, p, group, code, cls) => `${label}: ${formatPercent(p, lang)} for ${incomeGroupNames.en[group]} economy (${country(code, lang)}, World Bank ${cls})`,
  incomeMembersOnly: () => 'No special fee: for Metropolis members up to date with their contributions only',
  incomeNotEconomy: (code) => `No special fee: ${country(code, lang)} is not a World Bank economy`,
  incomeUnclassified: (code, cls) => `No special fee: the World Bank leaves ${country(code, lang)} unclassified (${cls})`,
  incomeNoRate: (code, group, cls) => `No special fee for ${incomeGroupNames.en[group]} economy (${country(code, lang)}, World Bank ${cls})`,
  incomeNoPlaces: () => 'No special fee: no places left',
  groupApplied: (label, p, n) => `${label}: ${formatPercent(p, lang)} for ${n} participants from the same organization`,
  groupTooSmall: (min) => `No group discount: it needs ${min} or more participants from the same organization`,
  earlyApplied: (label, p, last) => `${label}: ${formatPercent(p, lang)} for applications on or before ${day(last, lang)}`,
  earlyOver: (last) => `No early bird discount: the offer ended on ${day(last, lang)}`,
  fixedApplied: (label, price) => `${label}: ${formatMoney(price, lang)}`,
  fixedNotInCategory: (label) => `Not applicable: not in the category “${label}”`,
  exclusive: (other) => `Not combined with “${other}”`,
  parts: (pieces) => pieces.map((p) => `${capitalize(participantRange(p.first, p.last, lang))}: ${p.reason}`).join('. '),
  quotaNote: (quota) => `Special fees are subject to availability: ${quota} place${quota === 1 ? '' : 's'} per edition in total.`,
  splitNote: (special, n) => special === 0
    ? 'No special-fee places are left.'
    : `Only ${special} special-fee place${special === 1 ? ' is' : 's are'} left: ${participantRange(1, special, lang)} of ${n} ${special === 1 ? 'gets' : 'get'} it.`,
  refundBefore: (on, cutoff, days, p) => `Cancelled on ${day(on, lang)}, before ${day(cutoff, lang)} (${days} days before the start): ${formatPercent(p, lang)} of the amount paid is refunded. Bank fees are the participant’s.`,
  refundNoneAccepted: (on, cutoff, days) => `Not accepted: no cancellation is accepted from ${day(cutoff, lang)} (${days} days before the start); the request is dated ${day(on, lang)}.`,
  refundNothing: (on, cutoff, days) => `Cancelled on ${day(on, lang)}, from ${day(cutoff, lang)} (${days} days before the start) on: nothing is refunded.`,
  refundNoPolicy: (accepted) => (accepted ? 'This schedule refunds nothing on cancellation.' : 'This schedule accepts no cancellation.'),
};

const fr: FeeMessages = {
  memberApplied: (label, p, year) => `${label} : ${formatPercent(p, 'fr')} pour les membres de Metropolis à jour de leurs cotisations${year ? ` ${year}` : ''}`,
  memberInArrears: (year) => `Pas de tarif membre : les cotisations${year ? ` ${year}` : ''} ne sont pas à jour`,
  notMember: () => 'Pas de tarif membre : non membre de Metropolis',
  incomeApplied: (label, p, group, code, cls) => `${label} : ${formatPercent(p, 'fr')} pour une économie ${incomeGroupNames.fr[group]} (${country(code, 'fr')}, Banque mondiale ${cls})`,
  incomeMembersOnly: () => 'Pas de tarif spécial : réservé aux membres de Metropolis à jour de leurs cotisations',
  incomeNotEconomy: (code) => `Pas de tarif spécial : pas une économie de la Banque mondiale (${country(code, 'fr')})`,
  incomeUnclassified: (code, cls) => `Pas de tarif spécial : économie non classée par la Banque mondiale (${country(code, 'fr')}, ${cls})`,
  incomeNoRate: (code, group, cls) => `Pas de tarif spécial pour une économie ${incomeGroupNames.fr[group]} (${country(code, 'fr')}, Banque mondiale ${cls})`,
  incomeNoPlaces: () => 'Pas de tarif spécial : plus aucune place',
  groupApplied: (label, p, n) => `${label} : ${formatPercent(p, 'fr')} pour ${n} participants de la même organisation`,
  groupTooSmall: (min) => `Pas de réduction de groupe : il faut au moins ${min} participants de la même organisation`,
  earlyApplied: (label, p, last) => `${label} : ${formatPercent(p, 'fr')} pour les candidatures jusqu’au ${day(last, 'fr')} inclus`,
  earlyOver: (last) => `Pas de réduction anticipée : l’offre a pris fin le ${day(last, 'fr')}`,
  fixedApplied: (label, price) => `${label} : ${formatMoney(price, 'fr')}`,
  fixedNotInCategory: (label) => `Non applicable : hors de la catégorie « ${label} »`,
  exclusive: (other) => `Non cumulable avec « ${other} »`,
  parts: (pieces) => pieces.map((p) => `${capitalize(participantRange(p.first, p.last, 'fr'))} : ${p.reason}`).join('. '),
  quotaNote: (quota) => `Tarifs spéciaux dans la limite des places disponibles : ${quota} place${quota === 1 ? '' : 's'} par édition au total.`,
  splitNote: (special, n) => special === 0
    ? 'Il ne reste aucune place au tarif spécial.'
    : `Il ne reste que ${special} place${special === 1 ? '' : 's'} au tarif spécial : ${participantRange(1, special, 'fr')} sur ${n} en ${special === 1 ? 'bénéficie' : 'bénéficient'}.`,
  refundBefore: (on, cutoff, days, p) => `Annulation du ${day(on, 'fr')}, avant le ${day(cutoff, 'fr')} (${days} jours avant le début) : ${formatPercent(p, 'fr')} du montant payé est remboursé. Les frais bancaires sont à la charge du participant.`,
  refundNoneAccepted: (on, cutoff, days) => `Refusée : aucune annulation n’est acceptée à partir du ${day(cutoff, 'fr')} (${days} jours avant le début) ; la demande date du ${day(on, 'fr')}.`,
  refundNothing: (on, cutoff, days) => `Annulation du ${day(on, 'fr')}, à partir du ${day(cutoff, 'fr')} (${days} jours avant le début) : rien n’est remboursé.`,
  refundNoPolicy: (accepted) => (accepted ? 'Ce barème ne rembourse rien en cas d’annulation.' : 'Ce barème n’accepte aucune annulation.'),
};

const es: FeeMessages = {
  memberApplied: (label, p, year) => `${label}: ${formatPercent(p, 'es')} para miembros de Metropolis al día de sus cuotas${year ? ` de ${year}` : ''}`,
  memberInArrears: (year) => `Sin tarifa de miembro: las cuotas${year ? ` de ${year}` : ''} no están al día`,
  notMember: () => 'Sin tarifa de miembro: no es miembro de Metropolis',
  incomeApplied: (label, p, group, code, cls) => `${label}: ${formatPercent(p, 'es')} para una economía ${incomeGroupNames.es[group]} (${country(code, 'es')}, Banco Mundial ${cls})`,
  incomeMembersOnly: () => 'Sin tarifa especial: solo para miembros de Metropolis al día de sus cuotas',
  incomeNotEconomy: (code) => `Sin tarifa especial: no es una economía del Banco Mundial (${country(code, 'es')})`,
  incomeUnclassified: (code, cls) => `Sin tarifa especial: economía sin clasificar por el Banco Mundial (${country(code, 'es')}, ${cls})`,
  incomeNoRate: (code, group, cls) => `Sin tarifa especial para una economía ${incomeGroupNames.es[group]} (${country(code, 'es')}, Banco Mundial ${cls})`,
  incomeNoPlaces: () => 'Sin tarifa especial: no quedan plazas',
  groupApplied: (label, p, n) => `${label}: ${formatPercent(p, 'es')} para ${n} participantes de la misma organización`,
  groupTooSmall: (min) => `Sin descuento de grupo: se necesitan ${min} o más participantes de la misma organización`,
  earlyApplied: (label, p, last) => `${label}: ${formatPercent(p, 'es')} para solicitudes hasta el ${day(last, 'es')} inclusive`,
  earlyOver: (last) => `Sin descuento por inscripción anticipada: la oferta terminó el ${day(last, 'es')}`,
  fixedApplied: (label, price) => `${label}: ${formatMoney(price, 'es')}`,
  fixedNotInCategory: (label) => `No aplicable: fuera de la categoría «${label}»`,
  exclusive: (other) => `No acumulable con «${other}»`,
  parts: (pieces) => pieces.map((p) => `${capitalize(participantRange(p.first, p.last, 'es'))}: ${p.reason}`).join('. '),
  quotaNote: (quota) => `Tarifas especiales sujetas a disponibilidad: ${quota} plaza${quota === 1 ? '' : 's'} por edición en total.`,
  splitNote: (special, n) => special === 0
    ? 'No quedan plazas con tarifa especial.'
    : special === 1
      ? `Solo queda 1 plaza con tarifa especial: la obtiene el participante 1 de ${n}.`
      : `Solo quedan ${special} plazas con tarifa especial: las obtienen los participantes 1–${special} de ${n}.`,
  refundBefore: (on, cutoff, days, p) => `Cancelación del ${day(on, 'es')}, antes del ${day(cutoff, 'es')} (${days} días antes del inicio): se reembolsa el ${formatPercent(p, 'es')} del importe pagado. Los gastos bancarios corren a cargo del participante.`,
  refundNoneAccepted: (on, cutoff, days) => `No aceptada: no se acepta ninguna cancelación a partir del ${day(cutoff, 'es')} (${days} días antes del inicio); la solicitud es del ${day(on, 'es')}.`,
  refundNothing: (on, cutoff, days) => `Cancelación del ${day(on, 'es')}, a partir del ${day(cutoff, 'es')} (${days} días antes del inicio): no se reembolsa nada.`,
  refundNoPolicy: (accepted) => (accepted ? 'Este baremo no reembolsa nada en caso de cancelación.' : 'Este baremo no acepta ninguna cancelación.'),
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The messages in `lang`. @internal */
export function feeMessages(lang: UiLanguage): FeeMessages {
  return lang === 'fr' ? fr : lang === 'es' ? es : en;
}
