/**
 * The mails of the admissions steps, in the application's language (English, French, Spanish,
 * Arabic): admitted; not admitted (with the admin's reason); invoiced (number, amount, terms,
 * bank transfer details, the invoice's link); payment received (the amount); cancelled (the
 * refund the policy gave, or none). The
 * preview route renders them with the same functions, so the admin reads what will be sent.
 * @module
 */
import {formatDay, formatMoney, type Money, type UiLanguage} from '@metropolis-training/sdk';
import type {BankTransferDetails} from '../config.js';
import type {Mail} from './messages.js';

/** What every admissions mail says: who, which application, which course. */
export interface AdmissionFacts {
  lang: UiLanguage;
  givenName: string;
  familyName: string;
  reference: string;
  /** The course's title in the applicant's language. */
  courseTitle: string;
  /** The edition's first day, when fixed. */
  start?: string | undefined;
}

/** What the invoice mail adds. */
export interface InvoiceMailFacts extends AdmissionFacts {
  number: string;
  issuedOn: string;
  total: Money;
  bank: BankTransferDetails;
  /** Absolute URL of the printable invoice. */
  invoiceUrl: string;
}

interface Words {
  greeting: (name: string) => string;
  colon: string;
  course: string;
  reference: string;
  admittedSubject: (course: string, reference: string) => string;
  admitted: string;
  admittedNext: string;
  rejectedSubject: (course: string, reference: string) => string;
  rejected: string;
  rejectionReason: string;
  invoiceSubject: (number: string, reference: string) => string;
  invoiceIntro: string;
  invoiceNumber: string;
  invoiceDate: string;
  amountDue: string;
  terms: (start: string | undefined) => string[];
  bankTitle: string;
  accountHolder: string;
  bank: string;
  paymentReference: string;
  invoiceLink: string;
  paidSubject: (course: string, reference: string) => string;
  paid: string;
  amountReceived: string;
  placeGuaranteed: string;
  cancelledSubject: (course: string, reference: string) => string;
  cancelled: string;
  refund: string;
  noRefund: string;
  refundBankFees: string;
  quoteReference: (reference: string) => string;
}

const words: Record<UiLanguage, Words> = {
  en: {
    greeting: (name) => `Dear ${name},`,
    colon: ':',
    course: 'Course',
    reference: 'Reference',
    admittedSubject: (course, reference) => `You are admitted: ${course} (${reference})`,
    admitted: 'We are pleased to tell you that you are admitted to the course.',
    admittedNext: 'You will receive an invoice with the payment details shortly. Your place is guaranteed only once the full payment is received.',
    rejectedSubject: (course, reference) => `Your application: ${course} (${reference})`,
    rejected: 'Thank you for your interest in the course. We are sorry to tell you that we cannot offer you a place in this edition.',
    rejectionReason: 'The Secretariat’s reason',
    invoiceSubject: (number, reference) => `Invoice ${number} (${reference})`,
    invoiceIntro: 'Here is your invoice for the course.',
    invoiceNumber: 'Invoice number',
    invoiceDate: 'Invoice date',
    amountDue: 'Amount due',
    terms: (start) => [
      `Payment terms: due on receipt${start ? `, and in any case before the course starts (${start})` : ''}.`,
      'Your participation is guaranteed only upon receipt of the full payment.',
      'Payment by bank transfer; bank fees are the participant’s.',
    ],
    bankTitle: 'Bank transfer details',
    accountHolder: 'Account holder',
    bank: 'Bank',
    paymentReference: 'Reference to quote',
    invoiceLink: 'Your invoice, to view or print',
    paidSubject: (course, reference) => `Payment received: ${course} (${reference})`,
    paid: 'We have received your payment. Thank you.',
    amountReceived: 'Amount received',
    placeGuaranteed: 'Your place in the course is now guaranteed.',
    cancelledSubject: (course, reference) => `Cancellation: ${course} (${reference})`,
    cancelled: 'Your participation in the course is cancelled.',
    refund: 'Refund',
    noRefund: 'No refund is due under the refund policy.',
    refundBankFees: 'The refund is sent by bank transfer; bank fees are the participant’s.',
    quoteReference: (reference) => `Please quote the reference ${reference} in any message about your application.`,
  },
  fr: {
    greeting: (name) => `Bonjour ${name},`,
    colon: ' :',
    course: 'Cours',
    reference: 'Référence',
    admittedSubject: (course, reference) => `Vous êtes admis : ${course} (${reference})`,
    admitted: 'Nous avons le plaisir de vous annoncer votre admission au cours.',
    admittedNext: 'Vous recevrez prochainement une facture avec les modalités de paiement. Votre place n’est garantie qu’à réception du paiement intégral.',
    rejectedSubject: (course, reference) => `Votre candidature : ${course} (${reference})`,
    rejected: 'Merci de votre intérêt pour le cours. Nous avons le regret de vous informer que nous ne pouvons pas vous offrir de place dans cette édition.',
    rejectionReason: 'Motif du Secrétariat',
    invoiceSubject: (number, reference) => `Facture ${number} (${reference})`,
    invoiceIntro: 'Voici votre facture pour le cours.',
    invoiceNumber: 'Numéro de facture',
    invoiceDate: 'Date de facture',
    amountDue: 'Montant dû',
    terms: (start) => [
      `Conditions de paiement : à réception${start ? `, et en tout cas avant le début du cours (${start})` : ''}.`,
      'Votre participation n’est garantie qu’à réception du paiement intégral.',
      'Paiement par virement bancaire ; les frais bancaires sont à la charge du participant.',
    ],
    bankTitle: 'Coordonnées bancaires pour le virement',
    accountHolder: 'Titulaire du compte',
    bank: 'Banque',
    paymentReference: 'Référence à indiquer',
    invoiceLink: 'Votre facture, à consulter ou imprimer',
    paidSubject: (course, reference) => `Paiement reçu : ${course} (${reference})`,
    paid: 'Nous avons bien reçu votre paiement. Merci.',
    amountReceived: 'Montant reçu',
    placeGuaranteed: 'Votre place au cours est désormais garantie.',
    cancelledSubject: (course, reference) => `Annulation : ${course} (${reference})`,
    cancelled: 'Votre participation au cours est annulée.',
    refund: 'Remboursement',
    noRefund: 'Aucun remboursement n’est dû selon la politique de remboursement.',
    refundBankFees: 'Le remboursement est effectué par virement bancaire ; les frais bancaires sont à la charge du participant.',
    quoteReference: (reference) => `Merci d’indiquer la référence ${reference} dans tout message concernant votre candidature.`,
  },
  es: {
    greeting: (name) => `Estimado/a ${name}:`,
    colon: ':',
    course: 'Curso',
    reference: 'Referencia',
    admittedSubject: (course, reference) => `Ha sido admitido/a: ${course} (${reference})`,
    admitted: 'Nos complace comunicarle que ha sido admitido/a en el curso.',
    admittedNext: 'En breve recibirá una factura con los datos de pago. Su plaza solo queda garantizada al recibir el pago completo.',
    rejectedSubject: (course, reference) => `Su solicitud: ${course} (${reference})`,
    rejected: 'Gracias por su interés en el curso. Lamentamos comunicarle que no podemos ofrecerle una plaza en esta edición.',
    rejectionReason: 'Motivo de la Secretaría',
    invoiceSubject: (number, reference) => `Factura ${number} (${reference})`,
    invoiceIntro: 'Le enviamos su factura del curso.',
    invoiceNumber: 'Número de factura',
    invoiceDate: 'Fecha de factura',
    amountDue: 'Importe a pagar',
    terms: (start) => [
      `Condiciones de pago: a la recepción${start ? `, y en todo caso antes del inicio del curso (${start})` : ''}.`,
      'Su participación solo queda garantizada al recibir el pago completo.',
      'Pago por transferencia bancaria; las comisiones bancarias corren a cargo del participante.',
    ],
    bankTitle: 'Datos para la transferencia bancaria',
    accountHolder: 'Titular de la cuenta',
    bank: 'Banco',
    paymentReference: 'Referencia a indicar',
    invoiceLink: 'Su factura, para ver o imprimir',
    paidSubject: (course, reference) => `Pago recibido: ${course} (${reference})`,
    paid: 'Hemos recibido su pago. Gracias.',
    amountReceived: 'Importe recibido',
    placeGuaranteed: 'Su plaza en el curso queda garantizada.',
    cancelledSubject: (course, reference) => `Cancelación: ${course} (${reference})`,
    cancelled: 'Su participación en el curso ha sido cancelada.',
    refund: 'Reembolso',
    noRefund: 'Según la política de reembolso, no corresponde ningún reembolso.',
    refundBankFees: 'El reembolso se envía por transferencia bancaria; las comisiones bancarias corren a cargo del participante.',
    quoteReference: (reference) => `Indique la referencia ${reference} en cualquier mensaje sobre su solicitud.`,
  },
  ar: {
    greeting: (name) => `السيد/السيدة ${name} المحترم/المحترمة،`,
    colon: ':',
    course: 'الدورة',
    reference: 'الرقم المرجعي',
    admittedSubject: (course, reference) => `تم قبولك: ${course} (${reference})`,
    admitted: 'يسعدنا إبلاغك بقبولك في الدورة.',
    admittedNext: 'ستصلك قريبًا فاتورة تتضمّن تفاصيل الدفع. لا يُضمَن مقعدك إلا بعد استلام المبلغ كاملًا.',
    rejectedSubject: (course, reference) => `طلبك: ${course} (${reference})`,
    rejected: 'نشكرك على اهتمامك بالدورة. يؤسفنا إبلاغك بأنه لا يمكننا أن نقدّم لك مقعدًا في هذه الدورة.',
    rejectionReason: 'سبب الأمانة العامة',
    invoiceSubject: (number, reference) => `الفاتورة ${number} (${reference})`,
    invoiceIntro: 'نرسل إليك فاتورة الدورة.',
    invoiceNumber: 'رقم الفاتورة',
    invoiceDate: 'تاريخ الفاتورة',
    amountDue: 'المبلغ المستحق',
    terms: (start) => [
      `شروط الدفع: عند الاستلام${start ? `، وفي كل الأحوال قبل بدء الدورة (${start})` : ''}.`,
      'لا تُضمَن مشاركتك إلا بعد استلام المبلغ كاملًا.',
      'الدفع بتحويل مصرفي؛ ويتحمّل المشارك الرسوم المصرفية.',
    ],
    bankTitle: 'تفاصيل التحويل المصرفي',
    accountHolder: 'صاحب الحساب',
    bank: 'المصرف',
    paymentReference: 'المرجع الواجب ذكره',
    invoiceLink: 'فاتورتك، للاطلاع عليها أو طباعتها',
    paidSubject: (course, reference) => `تم استلام الدفعة: ${course} (${reference})`,
    paid: 'لقد استلمنا دفعتك. شكرًا لك.',
    amountReceived: 'المبلغ المستلَم',
    placeGuaranteed: 'أصبح مقعدك في الدورة مضمونًا.',
    cancelledSubject: (course, reference) => `إلغاء: ${course} (${reference})`,
    cancelled: 'أُلغيت مشاركتك في الدورة.',
    refund: 'المبلغ المسترد',
    noRefund: 'لا يستحق أي مبلغ مسترد وفق سياسة الاسترداد.',
    refundBankFees: 'يُرسَل المبلغ المسترد بتحويل مصرفي؛ ويتحمّل المشارك الرسوم المصرفية.',
    quoteReference: (reference) => `يُرجى ذكر الرقم المرجعي ${reference} في أي رسالة تتعلّق بطلبك.`,
  },
};

function opening(facts: AdmissionFacts, w: Words): string[] {
  return [w.greeting(`${facts.givenName} ${facts.familyName}`), ''];
}

function closing(facts: AdmissionFacts, w: Words): string[] {
  return ['', w.quoteReference(facts.reference), '', 'Metropolis Training', ''];
}

function about(facts: AdmissionFacts, w: Words): string[] {
  return [`${w.course}${w.colon} ${facts.courseTitle}`, `${w.reference}${w.colon} ${facts.reference}`];
}

/** "You are admitted", and that the invoice follows. */
export function admittedMail(facts: AdmissionFacts): Mail {
  const w = words[facts.lang];
  const lines = [...opening(facts, w), w.admitted, '', ...about(facts, w), '', w.admittedNext, ...closing(facts, w)];
  return {subject: w.admittedSubject(facts.courseTitle, facts.reference), text: lines.join('\n')};
}

/** "We cannot offer you a place", with the reason the admin gave (kept in the history too). */
export function rejectedMail(facts: AdmissionFacts & {reason?: string | undefined}): Mail {
  const w = words[facts.lang];
  const reason = facts.reason?.trim() ? ['', `${w.rejectionReason}${w.colon} ${facts.reason.trim()}`] : [];
  const lines = [...opening(facts, w), w.rejected, '', ...about(facts, w), ...reason, ...closing(facts, w)];
  return {subject: w.rejectedSubject(facts.courseTitle, facts.reference), text: lines.join('\n')};
}

/** The invoice: number, date, amount due, the terms, the bank transfer details and the link to the printable invoice. */
export function invoiceMail(facts: InvoiceMailFacts): Mail {
  const w = words[facts.lang];
  const {bank} = facts;
  const lines = [
    ...opening(facts, w),
    w.invoiceIntro,
    '',
    ...about(facts, w),
    `${w.invoiceNumber}${w.colon} ${facts.number}`,
    `${w.invoiceDate}${w.colon} ${formatDay(facts.issuedOn, facts.lang)}`,
    `${w.amountDue}${w.colon} ${formatMoney(facts.total, facts.lang)}`,
    '',
    ...w.terms(facts.start ? formatDay(facts.start, facts.lang) : undefined),
    '',
    `${w.bankTitle}${w.colon}`,
    `  ${w.accountHolder}${w.colon} ${bank.accountHolder}`,
    `  IBAN${w.colon} ${bank.iban}`,
    `  BIC${w.colon} ${bank.bic}`,
    `  ${w.bank}${w.colon} ${bank.bankName}`,
    `  ${w.paymentReference}${w.colon} ${facts.number} ${facts.reference}`,
    '',
    `${w.invoiceLink}${w.colon}`,
    facts.invoiceUrl,
    ...closing(facts, w),
  ];
  return {subject: w.invoiceSubject(facts.number, facts.reference), text: lines.join('\n')};
}

/** "Payment received": the amount, and that the place is guaranteed. */
export function paidMail(facts: AdmissionFacts & {paid: Money}): Mail {
  const w = words[facts.lang];
  const lines = [...opening(facts, w), w.paid, '', ...about(facts, w), `${w.amountReceived}${w.colon} ${formatMoney(facts.paid, facts.lang)}`, '', w.placeGuaranteed, ...closing(facts, w)];
  return {subject: w.paidSubject(facts.courseTitle, facts.reference), text: lines.join('\n')};
}

/** The cancellation: the refund the policy gave (with its reason, in the applicant's language), or none. */
export function cancelledMail(facts: AdmissionFacts & {refund: Money; reason: string}): Mail {
  const w = words[facts.lang];
  const refundLines = facts.refund.amount > 0 ? [`${w.refund}${w.colon} ${formatMoney(facts.refund, facts.lang)}`, facts.reason, w.refundBankFees] : [w.noRefund, facts.reason];
  const lines = [...opening(facts, w), w.cancelled, '', ...about(facts, w), '', ...refundLines, ...closing(facts, w)];
  return {subject: w.cancelledSubject(facts.courseTitle, facts.reference), text: lines.join('\n')};
}
