/**
 * The confirmation of receipt, in the application's language (English, French, Spanish,
 * Arabic): the reference, the course, the edition's dates, the quoted total and the brochure's
 * next steps.
 * @module
 */
import {formatDay, formatMoney, pick, type Course, type Edition, type Quote, type UiLanguage} from '@metropolis-training/sdk';

/** A mail to write to the outbox. */
export interface Mail {
  subject: string;
  text: string;
}

/** What the confirmation says. */
export interface ConfirmationFacts {
  lang: UiLanguage;
  givenName: string;
  familyName: string;
  reference: string;
  course: Course;
  edition: Edition;
  quote: Quote;
}

interface Words {
  subject: (course: string, reference: string) => string;
  greeting: (name: string) => string;
  received: string;
  online: string;
  datesTbc: string;
  datesTba: string;
  /** French puts a space before colons. */
  colon: string;
  /** Arabic has a comma of its own. */
  comma: string;
  reference: string;
  participants: string;
  total: string;
  invoiceConfirms: string;
  next: string;
  steps: [string, string, string, string];
  quoteReference: (reference: string) => string;
}

const words: Record<UiLanguage, Words> = {
  en: {
    subject: (course, reference) => `Application received: ${course} (${reference})`,
    greeting: (name) => `Dear ${name},`,
    received: 'Thank you for applying. We have received your application to:',
    online: 'online',
    datesTbc: 'dates to be confirmed',
    datesTba: 'dates to be announced',
    colon: ':',
    comma: ', ',
    reference: 'Reference',
    participants: 'Participants',
    total: 'Quoted total',
    invoiceConfirms: 'The invoice will confirm the amount to pay.',
    next: 'What happens next:',
    steps: [
      'Assessment: the training team assesses your application.',
      'Admission: we let you know whether you are admitted to the course.',
      'Invoice: once admitted, you receive an invoice with the payment details.',
      'Payment by bank transfer: your place is guaranteed only once the full payment is received.',
    ],
    quoteReference: (reference) => `Please quote the reference ${reference} in any message about your application.`,
  },
  fr: {
    subject: (course, reference) => `Candidature reçue : ${course} (${reference})`,
    greeting: (name) => `Bonjour ${name},`,
    received: 'Merci de votre candidature. Nous avons bien reçu votre candidature pour :',
    online: 'en ligne',
    datesTbc: 'dates à confirmer',
    datesTba: 'dates à annoncer',
    colon: ' :',
    comma: ', ',
    reference: 'Référence',
    participants: 'Participants',
    total: 'Montant total indiqué',
    invoiceConfirms: 'La facture confirmera le montant à payer.',
    next: 'Prochaines étapes :',
    steps: [
      'Évaluation : l’équipe de formation examine votre candidature.',
      'Admission : nous vous informons de votre admission au cours.',
      'Facture : une fois admis, vous recevez une facture avec les modalités de paiement.',
      'Paiement par virement bancaire : votre place n’est garantie qu’à réception du paiement intégral.',
    ],
    quoteReference: (reference) => `Merci d’indiquer la référence ${reference} dans tout message concernant votre candidature.`,
  },
  es: {
    subject: (course, reference) => `Solicitud recibida: ${course} (${reference})`,
    greeting: (name) => `Estimado/a ${name}:`,
    received: 'Gracias por su solicitud. Hemos recibido su solicitud para:',
    online: 'en línea',
    datesTbc: 'fechas por confirmar',
    datesTba: 'fechas por anunciar',
    colon: ':',
    comma: ', ',
    reference: 'Referencia',
    participants: 'Participantes',
    total: 'Importe total indicado',
    invoiceConfirms: 'La factura confirmará el importe a pagar.',
    next: 'Próximos pasos:',
    steps: [
      'Evaluación: el equipo de formación evalúa su solicitud.',
      'Admisión: le comunicamos si ha sido admitido/a en el curso.',
      'Factura: una vez admitido/a, recibe una factura con los datos de pago.',
      'Pago por transferencia bancaria: su plaza solo queda garantizada al recibir el pago completo.',
    ],
    quoteReference: (reference) => `Indique la referencia ${reference} en cualquier mensaje sobre su solicitud.`,
  },
  ar: {
    subject: (course, reference) => `تم استلام الطلب: ${course} (${reference})`,
    greeting: (name) => `السيد/السيدة ${name} المحترم/المحترمة،`,
    received: 'شكرًا على تقديم طلبك. لقد استلمنا طلب التحاقك بالدورة التالية:',
    online: 'عبر الإنترنت',
    datesTbc: 'المواعيد قيد التأكيد',
    datesTba: 'ستُعلَن المواعيد لاحقًا',
    colon: ':',
    comma: '، ',
    reference: 'الرقم المرجعي',
    participants: 'المشاركون',
    total: 'المبلغ الإجمالي المقدَّر',
    invoiceConfirms: 'ستؤكّد الفاتورة المبلغ المستحق.',
    next: 'الخطوات التالية:',
    steps: [
      'التقييم: يدرس فريق التدريب طلبك.',
      'القبول: نبلغك بقرار قبولك في الدورة.',
      'الفاتورة: بعد قبولك، تصلك فاتورة تتضمّن تفاصيل الدفع.',
      'الدفع بتحويل مصرفي: لا يُضمَن مقعدك إلا بعد استلام المبلغ كاملًا.',
    ],
    quoteReference: (reference) => `يُرجى ذكر الرقم المرجعي ${reference} في أي رسالة تتعلّق بطلبك.`,
  },
};

function when(edition: Edition, lang: UiLanguage, w: Words): string {
  const {dates} = edition;
  if (dates.kind === 'fixed') {
    return dates.start === dates.end ? formatDay(dates.start, lang) : `${formatDay(dates.start, lang)} – ${formatDay(dates.end, lang)}`;
  }
  return dates.kind === 'to-be-confirmed' ? w.datesTbc : w.datesTba;
}

function where(edition: Edition, lang: UiLanguage, w: Words): string {
  return edition.location.mode === 'online' ? w.online : pick(edition.location.city, lang);
}

/** The confirmation of receipt of an application. */
export function confirmationMail(facts: ConfirmationFacts): Mail {
  const {lang, edition, quote, reference} = facts;
  const w = words[lang];
  const title = pick(facts.course.title, lang);
  const lines = [
    w.greeting(`${facts.givenName} ${facts.familyName}`),
    '',
    w.received,
    '',
    `  ${title}`,
    `  ${when(edition, lang, w)}${w.comma}${where(edition, lang, w)}`,
    '',
    `${w.reference}${w.colon} ${reference}`,
    `${w.participants}${w.colon} ${new Intl.NumberFormat(lang).format(quote.participants)}`,
    `${w.total}${w.colon} ${formatMoney(quote.total, lang)}`,
    ...quote.notes,
    w.invoiceConfirms,
    '',
    w.next,
    ...w.steps.map((step, i) => `${i + 1}. ${step}`),
    '',
    w.quoteReference(reference),
    '',
    'Metropolis Training',
    '',
  ];
  return {subject: w.subject(title, reference), text: lines.join('\n')};
}
