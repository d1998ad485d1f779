/**
 * The words of quotes and refunds in English, French and Spanish. Amounts, percentages, dates
 * and country names are formatted by `Intl` in the same language.
 * @module
 */
import {formatDay as day} from '../dates.js';
import {cached} from '../intl-cache.js';
import {formatMoney, formatPercent} from '../money.js';
import type {Reason} from './engine.js';
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


type ReasonSentences = {
  [C in Reason['code']]: (reason: Extract<Reason, {code: C}>, label: string, lang: UiLanguage) => string;
};

/** Every sentence the engine writes, per language. @internal */
export interface FeeMessages {
  /** Why a rule applies or not; `label` is the rule's label (for `exclusive`: the other rule's). */
  reasons: ReasonSentences;
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
  reasons: {
    member: (r, label) => `${label}: ${formatPercent(r.percent, lang)} for Metropolis members up to date with ${r.year ? `${r.year} ` : 'their '}contributions`,
    'member-in-arrears': (r) => `No member rate: membership contributions${r.year ? ` for ${r.year}` : ''} are not up to date`,
    'not-member': () => 'No member rate: not a Metropolis member',
    income: (r, label) => `${label}: ${formatPercent(r.percent, lang)} for ${incomeGroupNames.en[r.group]} economy (${country(r.country, lang)}, World Bank ${r.classification})`,
    'income-members-only': () => 'No special fee: for Metropolis members up to date with their contributions only',
    'income-not-economy': (r) => `No special fee: ${country(r.country, lang)} is not a World Bank economy`,
    'income-unclassified': (r) => `No special fee: the World Bank leaves ${country(r.country, lang)} unclassified (${r.classification})`,
    'income-no-rate': (r) => `No special fee for ${incomeGroupNames.en[r.group]} economy (${country(r.country, lang)}, World Bank ${r.classification})`,
    'income-no-places': () => 'No special fee: no places left',
    group: (r, label) => `${label}: ${formatPercent(r.percent, lang)} for ${r.participants} participants from the same organization`,
    'group-too-small': (r) => `No group discount: it needs ${r.minParticipants} or more participants from the same organization`,
    'early-bird': (r, label) => `${label}: ${formatPercent(r.percent, lang)} for applications on or before ${day(r.lastDay, lang)}`,
    'early-bird-over': (r) => `No early bird discount: the offer ended on ${day(r.lastDay, lang)}`,
    'fixed-price': (r, label) => `${label}: ${formatMoney(r.price, lang)}`,
    'not-in-category': (r, label) => `Not applicable: not in the category “${label}”`,
    exclusive: (r, other) => `Not combined with “${other}”`,
  },
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
  reasons: {
    member: (r, label) => `${label} : ${formatPercent(r.percent, 'fr')} pour les membres de Metropolis à jour de leurs cotisations${r.year ? ` ${r.year}` : ''}`,
    'member-in-arrears': (r) => `Pas de tarif membre : les cotisations${r.year ? ` ${r.year}` : ''} ne sont pas à jour`,
    'not-member': () => 'Pas de tarif membre : non membre de Metropolis',
    income: (r, label) => `${label} : ${formatPercent(r.percent, 'fr')} pour une économie ${incomeGroupNames.fr[r.group]} (${country(r.country, 'fr')}, Banque mondiale ${r.classification})`,
    'income-members-only': () => 'Pas de tarif spécial : réservé aux membres de Metropolis à jour de leurs cotisations',
    'income-not-economy': (r) => `Pas de tarif spécial : pas une économie de la Banque mondiale (${country(r.country, 'fr')})`,
    'income-unclassified': (r) => `Pas de tarif spécial : économie non classée par la Banque mondiale (${country(r.country, 'fr')}, ${r.classification})`,
    'income-no-rate': (r) => `Pas de tarif spécial pour une économie ${incomeGroupNames.fr[r.group]} (${country(r.country, 'fr')}, Banque mondiale ${r.classification})`,
    'income-no-places': () => 'Pas de tarif spécial : plus aucune place',
    group: (r, label) => `${label} : ${formatPercent(r.percent, 'fr')} pour ${r.participants} participants de la même organisation`,
    'group-too-small': (r) => `Pas de réduction de groupe : il faut au moins ${r.minParticipants} participants de la même organisation`,
    'early-bird': (r, label) => `${label} : ${formatPercent(r.percent, 'fr')} pour les candidatures jusqu’au ${day(r.lastDay, 'fr')} inclus`,
    'early-bird-over': (r) => `Pas de réduction anticipée : l’offre a pris fin le ${day(r.lastDay, 'fr')}`,
    'fixed-price': (r, label) => `${label} : ${formatMoney(r.price, 'fr')}`,
    'not-in-category': (r, label) => `Non applicable : hors de la catégorie « ${label} »`,
    exclusive: (r, other) => `Non cumulable avec « ${other} »`,
  },
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
  reasons: {
    member: (r, label) => `${label}: ${formatPercent(r.percent, 'es')} para miembros de Metropolis al día de sus cuotas${r.year ? ` de ${r.year}` : ''}`,
    'member-in-arrears': (r) => `Sin tarifa de miembro: las cuotas${r.year ? ` de ${r.year}` : ''} no están al día`,
    'not-member': () => 'Sin tarifa de miembro: no es miembro de Metropolis',
    income: (r, label) => `${label}: ${formatPercent(r.percent, 'es')} para una economía ${incomeGroupNames.es[r.group]} (${country(r.country, 'es')}, Banco Mundial ${r.classification})`,
    'income-members-only': () => 'Sin tarifa especial: solo para miembros de Metropolis al día de sus cuotas',
    'income-not-economy': (r) => `Sin tarifa especial: no es una economía del Banco Mundial (${country(r.country, 'es')})`,
    'income-unclassified': (r) => `Sin tarifa especial: economía sin clasificar por el Banco Mundial (${country(r.country, 'es')}, ${r.classification})`,
    'income-no-rate': (r) => `Sin tarifa especial para una economía ${incomeGroupNames.es[r.group]} (${country(r.country, 'es')}, Banco Mundial ${r.classification})`,
    'income-no-places': () => 'Sin tarifa especial: no quedan plazas',
    group: (r, label) => `${label}: ${formatPercent(r.percent, 'es')} para ${r.participants} participantes de la misma organización`,
    'group-too-small': (r) => `Sin descuento de grupo: se necesitan ${r.minParticipants} o más participantes de la misma organización`,
    'early-bird': (r, label) => `${label}: ${formatPercent(r.percent, 'es')} para solicitudes hasta el ${day(r.lastDay, 'es')} inclusive`,
    'early-bird-over': (r) => `Sin descuento por inscripción anticipada: la oferta terminó el ${day(r.lastDay, 'es')}`,
    'fixed-price': (r, label) => `${label}: ${formatMoney(r.price, 'es')}`,
    'not-in-category': (r, label) => `No aplicable: fuera de la categoría «${label}»`,
    exclusive: (r, other) => `No acumulable con «${other}»`,
  },
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

/**
 * The sentence for `reason`, in the messages' language. `label` is the rule's own label;
 * `labelOf` gives another rule's label (for exclusivity). @internal
 */
export function describeReason(messages: FeeMessages, reason: Reason, label: string, labelOf: (ruleId: string) => string, lang: UiLanguage): string {
  const sentence = messages.reasons[reason.code] as (r: Reason, label: string, lang: UiLanguage) => string;
  return sentence(reason, reason.code === 'exclusive' ? labelOf(reason.ruleId) : label, lang);
}
