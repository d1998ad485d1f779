/**
 * The words of quotes and refunds in Spanish.
 * @module
 */
import {formatDay as day} from '../dates.js';
import {formatMoney, formatPercent} from '../money.js';
import {plural} from '../plural.js';
import {labels} from './labels/es.js';
import type {IncomeGroup} from '../schemas/vocabulary.js';
import {capitalize, country, participantRange, type FeeMessages} from './messages.js';

const incomeGroupNames: Record<IncomeGroup, string> = {low: 'de ingreso bajo', 'lower-middle': 'de ingreso mediano bajo', 'upper-middle': 'de ingreso mediano alto', high: 'de ingreso alto', unclassified: 'sin clasificar'};
const participants = ['participante', 'participantes'] as const;
const count = (n: number, one: string, other: string) => plural('es', n, {one, other});
const daysBefore = (days: number) => count(days, '# día', '# días');

/** The words of quotes and refunds in Spanish. @internal */
export const feeMessagesEs: FeeMessages = {
  labels,
  reasons: {
    member: (r, label) => `${label}: ${formatPercent(r.percent, 'es')} para miembros de Metropolis al día de sus cuotas${r.year ? ` de ${r.year}` : ''}`,
    'member-in-arrears': (r) => `Sin tarifa de miembro: las cuotas${r.year ? ` de ${r.year}` : ''} no están al día`,
    'not-member': () => 'Sin tarifa de miembro: no es miembro de Metropolis',
    income: (r, label) => `${label}: ${formatPercent(r.percent, 'es')} para una economía ${incomeGroupNames[r.group]} (${country(r.country, 'es')}, Banco Mundial ${r.classification})`,
    'income-members-only': () => 'Sin tarifa especial: solo para miembros de Metropolis al día de sus cuotas',
    'income-not-economy': (r) => `Sin tarifa especial: no es una economía del Banco Mundial (${country(r.country, 'es')})`,
    'income-unclassified': (r) => `Sin tarifa especial: economía sin clasificar por el Banco Mundial (${country(r.country, 'es')}, ${r.classification})`,
    'income-no-rate': (r) => `Sin tarifa especial para una economía ${incomeGroupNames[r.group]} (${country(r.country, 'es')}, Banco Mundial ${r.classification})`,
    'income-no-places': () => 'Sin tarifa especial: no quedan plazas',
    group: (r, label) => `${label}: ${formatPercent(r.percent, 'es')} para ${count(r.participants, '# participante', '# participantes')} de la misma organización`,
    'group-too-small': (r) => `Sin descuento de grupo: se ${count(r.minParticipants, 'necesita # participante o más', 'necesitan # participantes o más')} de la misma organización`,
    'early-bird': (r, label) => `${label}: ${formatPercent(r.percent, 'es')} para solicitudes hasta el ${day(r.lastDay, 'es')} inclusive`,
    'early-bird-over': (r) => `Sin descuento por inscripción anticipada: la oferta terminó el ${day(r.lastDay, 'es')}`,
    'fixed-price': (r, label) => `${label}: ${formatMoney(r.price, 'es')}`,
    'not-in-category': (r, label) => `No aplicable: fuera de la categoría «${label}»`,
    exclusive: (r, other) => `No acumulable con «${other}»`,
  },
  parts: (pieces) => pieces.map((p) => `${capitalize(participantRange(p.first, p.last, participants))}: ${p.reason}`).join('. '),
  quotaNote: (quota) => `Tarifas especiales sujetas a disponibilidad: ${count(quota, '# plaza', '# plazas')} por edición en total.`,
  splitNote: (special, n) => special === 0
    ? 'No quedan plazas con tarifa especial.'
    : count(special, `Solo queda # plaza con tarifa especial: la obtiene el participante 1 de ${n}.`, `Solo quedan # plazas con tarifa especial: las obtienen los participantes 1–${special} de ${n}.`),
  refundBefore: (on, cutoff, days, p) => `Cancelación del ${day(on, 'es')}, antes del ${day(cutoff, 'es')} (${daysBefore(days)} antes del inicio): se reembolsa el ${formatPercent(p, 'es')} del importe pagado. Los gastos bancarios corren a cargo del participante.`,
  refundNoneAccepted: (on, cutoff, days) => `No aceptada: no se acepta ninguna cancelación a partir del ${day(cutoff, 'es')} (${daysBefore(days)} antes del inicio); la solicitud es del ${day(on, 'es')}.`,
  refundNothing: (on, cutoff, days) => `Cancelación del ${day(on, 'es')}, a partir del ${day(cutoff, 'es')} (${daysBefore(days)} antes del inicio): no se reembolsa nada.`,
  refundNoPolicy: (accepted) => (accepted ? 'Este baremo no reembolsa nada en caso de cancelación.' : 'Este baremo no acepta ninguna cancelación.'),
};
