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

/** What a proposal's mails say about it. */
export interface ProposalFacts {
  lang: UiLanguage;
  givenName: string;
  familyName: string;
  reference: string;
  /** The activity's title, as the proposer wrote it. */
  title: string;
}

/** The statuses a proposer is told about after the receipt. */
export type ProposalDecision = 'under-review' | 'accepted' | 'declined';

interface ProposalWords {
  receivedSubject: (title: string, reference: string) => string;
  greeting: (name: string) => string;
  received: string;
  colon: string;
  reference: string;
  next: string;
  steps: [string, string, string];
  subjects: Record<ProposalDecision, (title: string, reference: string) => string>;
  news: Record<ProposalDecision, string>;
  note: string;
  quoteReference: (reference: string) => string;
}

const proposalWords: Record<UiLanguage, ProposalWords> = {
  en: {
    receivedSubject: (title, reference) => `Proposal received: ${title} (${reference})`,
    greeting: (name) => `Dear ${name},`,
    received: 'Thank you for proposing a learning activity to the Metropolis community. We have received your proposal:',
    colon: ':',
    reference: 'Reference',
    next: 'What happens next:',
    steps: [
      'Review: the Metropolis Secretariat’s training team reviews your proposal and may contact you with questions.',
      'Decision: we let you know whether the proposal is accepted.',
      'Scheduling: an accepted activity is planned with you, then published in the training catalog.',
    ],
    subjects: {
      'under-review': (title, reference) => `Your proposal is under review: ${title} (${reference})`,
      accepted: (title, reference) => `Your proposal is accepted: ${title} (${reference})`,
      declined: (title, reference) => `About your proposal: ${title} (${reference})`,
    },
    news: {
      'under-review': 'The training team has started reviewing your proposal:',
      accepted: 'We are pleased to tell you that your proposal is accepted. We will contact you to plan the activity:',
      declined: 'Thank you again for your proposal. We regret that we cannot take it forward this time:',
    },
    note: 'Note from the Secretariat',
    quoteReference: (reference) => `Please quote the reference ${reference} in any message about your proposal.`,
  },
  fr: {
    receivedSubject: (title, reference) => `Proposition reçue : ${title} (${reference})`,
    greeting: (name) => `Bonjour ${name},`,
    received: 'Merci de proposer une activité de formation à la communauté Metropolis. Nous avons bien reçu votre proposition :',
    colon: ' :',
    reference: 'Référence',
    next: 'Prochaines étapes :',
    steps: [
      'Examen : l’équipe de formation du Secrétariat de Metropolis examine votre proposition et peut vous contacter pour des questions.',
      'Décision : nous vous informons si la proposition est retenue.',
      'Programmation : une activité retenue est planifiée avec vous, puis publiée dans le catalogue de formation.',
    ],
    subjects: {
      'under-review': (title, reference) => `Votre proposition est en cours d’examen : ${title} (${reference})`,
      accepted: (title, reference) => `Votre proposition est retenue : ${title} (${reference})`,
      declined: (title, reference) => `Au sujet de votre proposition : ${title} (${reference})`,
    },
    news: {
      'under-review': 'L’équipe de formation a commencé l’examen de votre proposition :',
      accepted: 'Nous avons le plaisir de vous annoncer que votre proposition est retenue. Nous vous contacterons pour planifier l’activité :',
      declined: 'Merci encore de votre proposition. Nous regrettons de ne pas pouvoir y donner suite cette fois :',
    },
    note: 'Note du Secrétariat',
    quoteReference: (reference) => `Merci d’indiquer la référence ${reference} dans tout message concernant votre proposition.`,
  },
  es: {
    receivedSubject: (title, reference) => `Propuesta recibida: ${title} (${reference})`,
    greeting: (name) => `Estimado/a ${name}:`,
    received: 'Gracias por proponer una actividad de formación a la comunidad de Metropolis. Hemos recibido su propuesta:',
    colon: ':',
    reference: 'Referencia',
    next: 'Próximos pasos:',
    steps: [
      'Revisión: el equipo de formación de la Secretaría de Metropolis revisa su propuesta y puede contactarle con preguntas.',
      'Decisión: le comunicamos si la propuesta ha sido aceptada.',
      'Programación: una actividad aceptada se planifica con usted y luego se publica en el catálogo de formación.',
    ],
    subjects: {
      'under-review': (title, reference) => `Su propuesta está en revisión: ${title} (${reference})`,
      accepted: (title, reference) => `Su propuesta ha sido aceptada: ${title} (${reference})`,
      declined: (title, reference) => `Sobre su propuesta: ${title} (${reference})`,
    },
    news: {
      'under-review': 'El equipo de formación ha empezado a revisar su propuesta:',
      accepted: 'Nos complace comunicarle que su propuesta ha sido aceptada. Le contactaremos para planificar la actividad:',
      declined: 'Gracias de nuevo por su propuesta. Lamentamos no poder darle curso en esta ocasión:',
    },
    note: 'Nota de la Secretaría',
    quoteReference: (reference) => `Indique la referencia ${reference} en cualquier mensaje sobre su propuesta.`,
  },
  ar: {
    receivedSubject: (title, reference) => `تم استلام المقترح: ${title} (${reference})`,
    greeting: (name) => `السيد/السيدة ${name} المحترم/المحترمة،`,
    received: 'شكرًا على اقتراحك نشاطًا تدريبيًا لمجتمع متروبوليس. لقد استلمنا مقترحك:',
    colon: ':',
    reference: 'الرقم المرجعي',
    next: 'الخطوات التالية:',
    steps: [
      'الدراسة: يدرس فريق التدريب في أمانة متروبوليس مقترحك، وقد يتواصل معك لطرح بعض الأسئلة.',
      'القرار: نبلغك بقبول المقترح أو عدمه.',
      'البرمجة: يُخطَّط النشاط المقبول بالتعاون معك، ثم يُنشر في دليل التدريب.',
    ],
    subjects: {
      'under-review': (title, reference) => `مقترحك قيد الدراسة: ${title} (${reference})`,
      accepted: (title, reference) => `تم قبول مقترحك: ${title} (${reference})`,
      declined: (title, reference) => `بخصوص مقترحك: ${title} (${reference})`,
    },
    news: {
      'under-review': 'بدأ فريق التدريب دراسة مقترحك:',
      accepted: 'يسعدنا إبلاغك بقبول مقترحك. سنتواصل معك لتخطيط النشاط:',
      declined: 'نشكرك مجددًا على مقترحك. ويؤسفنا أننا لا نستطيع المضي فيه هذه المرة:',
    },
    note: 'ملاحظة من الأمانة',
    quoteReference: (reference) => `يُرجى ذكر الرقم المرجعي ${reference} في أي رسالة تتعلّق بمقترحك.`,
  },
};

/** The confirmation of receipt of an activity proposal: the title, the reference, what happens next. */
export function proposalReceivedMail(facts: ProposalFacts): Mail {
  const w = proposalWords[facts.lang];
  const lines = [
    w.greeting(`${facts.givenName} ${facts.familyName}`),
    '',
    w.received,
    '',
    `  ${facts.title}`,
    '',
    `${w.reference}${w.colon} ${facts.reference}`,
    '',
    w.next,
    ...w.steps.map((step, i) => `${i + 1}. ${step}`),
    '',
    w.quoteReference(facts.reference),
    '',
    'Metropolis Training',
    '',
  ];
  return {subject: w.receivedSubject(facts.title, facts.reference), text: lines.join('\n')};
}

/** The news of a decision on a proposal (under review, accepted, declined), with the Secretariat's note if any. */
export function proposalStatusMail(facts: ProposalFacts & {status: ProposalDecision; note?: string | undefined}): Mail {
  const w = proposalWords[facts.lang];
  const lines = [
    w.greeting(`${facts.givenName} ${facts.familyName}`),
    '',
    w.news[facts.status],
    '',
    `  ${facts.title}`,
    '',
    `${w.reference}${w.colon} ${facts.reference}`,
    ...(facts.note ? ['', `${w.note}${w.colon}`, facts.note] : []),
    '',
    w.quoteReference(facts.reference),
    '',
    'Metropolis Training',
    '',
  ];
  return {subject: w.subjects[facts.status](facts.title, facts.reference), text: lines.join('\n')};
}
