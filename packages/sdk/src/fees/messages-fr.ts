/**
 * The words of quotes and refunds in French.
 * @module
 */
import {formatDay as day} from '../dates.js';
import {formatMoney, formatPercent} from '../money.js';
import {plural} from '../plural.js';
import {labels} from './labels/fr.js';
import type {IncomeGroup} from '../schemas/vocabulary.js';
import {capitalize, country, participantRange, type FeeMessages} from './messages.js';

const incomeGroupNames: Record<IncomeGroup, string> = {low: 'à faible revenu', 'lower-middle': 'à revenu intermédiaire inférieur', 'upper-middle': 'à revenu intermédiaire supérieur', high: 'à revenu élevé', unclassified: 'non classée'};
const participants = ['participant', 'participants'] as const;
const count = (n: number, one: string, other: string) => plural('fr', n, {one, other});
const daysBefore = (days: number) => count(days, '# jour', '# jours');

/** The words of quotes and refunds in French. @internal */
export const feeMessagesFr: FeeMessages = {
  labels,
  reasons: {
    member: (r, label) => `${label} : ${formatPercent(r.percent, 'fr')} pour les membres de Metropolis à jour de leurs cotisations${r.year ? ` ${r.year}` : ''}`,
    'member-in-arrears': (r) => `Pas de tarif membre : les cotisations${r.year ? ` ${r.year}` : ''} ne sont pas à jour`,
    'not-member': () => 'Pas de tarif membre : non membre de Metropolis',
    income: (r, label) => `${label} : ${formatPercent(r.percent, 'fr')} pour une économie ${incomeGroupNames[r.group]} (${country(r.country, 'fr')}, Banque mondiale ${r.classification})`,
    'income-members-only': () => 'Pas de tarif spécial : réservé aux membres de Metropolis à jour de leurs cotisations',
    'income-not-economy': (r) => `Pas de tarif spécial : pas une économie de la Banque mondiale (${country(r.country, 'fr')})`,
    'income-unclassified': (r) => `Pas de tarif spécial : économie non classée par la Banque mondiale (${country(r.country, 'fr')}, ${r.classification})`,
    'income-no-rate': (r) => `Pas de tarif spécial pour une économie ${incomeGroupNames[r.group]} (${country(r.country, 'fr')}, Banque mondiale ${r.classification})`,
    'income-no-places': () => 'Pas de tarif spécial : plus aucune place',
    group: (r, label) => `${label} : ${formatPercent(r.percent, 'fr')} pour ${count(r.participants, '# participant', '# participants')} de la même organisation`,
    'group-too-small': (r) => `Pas de réduction de groupe : il faut au moins ${count(r.minParticipants, '# participant', '# participants')} de la même organisation`,
    'early-bird': (r, label) => `${label} : ${formatPercent(r.percent, 'fr')} pour les candidatures jusqu’au ${day(r.lastDay, 'fr')} inclus`,
    'early-bird-over': (r) => `Pas de réduction anticipée : l’offre a pris fin le ${day(r.lastDay, 'fr')}`,
    'fixed-price': (r, label) => `${label} : ${formatMoney(r.price, 'fr')}`,
    'not-in-category': (r, label) => `Non applicable : hors de la catégorie « ${label} »`,
    exclusive: (r, other) => `Non cumulable avec « ${other} »`,
  },
  parts: (pieces) => pieces.map((p) => `${capitalize(participantRange(p.first, p.last, participants))} : ${p.reason}`).join('. '),
  quotaNote: (quota) => `Tarifs spéciaux dans la limite des places disponibles : ${count(quota, '# place', '# places')} par édition au total.`,
  splitNote: (special, n) => special === 0
    ? 'Il ne reste aucune place au tarif spécial.'
    : `Il ne reste que ${count(special, '# place', '# places')} au tarif spécial : ${participantRange(1, special, participants)} sur ${n} en ${count(special, 'bénéficie', 'bénéficient')}.`,
  refundBefore: (on, cutoff, days, p) => `Annulation du ${day(on, 'fr')}, avant le ${day(cutoff, 'fr')} (${daysBefore(days)} avant le début) : ${formatPercent(p, 'fr')} du montant payé est remboursé. Les frais bancaires sont à la charge du participant.`,
  refundNoneAccepted: (on, cutoff, days) => `Refusée : aucune annulation n’est acceptée à partir du ${day(cutoff, 'fr')} (${daysBefore(days)} avant le début) ; la demande date du ${day(on, 'fr')}.`,
  refundNothing: (on, cutoff, days) => `Annulation du ${day(on, 'fr')}, à partir du ${day(cutoff, 'fr')} (${daysBefore(days)} avant le début) : rien n’est remboursé.`,
  refundNoPolicy: (accepted) => (accepted ? 'Ce barème ne rembourse rien en cas d’annulation.' : 'Ce barème n’accepte aucune annulation.'),
};
