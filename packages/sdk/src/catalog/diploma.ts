/**
 * The Diploma in Internationalization for Local Authorities, 3rd edition: course, edition and
 * fee schedule, all from the brochure (seed 003).
 * @module
 */
import type {Course} from '../schemas/course.js';
import type {Edition} from '../schemas/edition.js';
import type {FeeSchedule} from '../schemas/fee-schedule.js';
import {SEED} from './sources.js';

const sources = [SEED.diplomaBrochure];

/** @internal */
export const diplomaCourse: Course = {
  id: 'diploma-internationalization',
  title: {
    en: 'Metropolis Diploma in Internationalization for Local Authorities',
    fr: 'Diplôme Metropolis en internationalisation des autorités locales',
    es: 'Diploma Metropolis en Internacionalización para Autoridades Locales',
  },
  summary: {
    en: 'Get the skills to further your career in international affairs: five days in Barcelona to build, update and strengthen your knowledge and capacities in international action for local authorities.',
    fr: 'Acquérez les compétences pour faire progresser votre carrière dans les affaires internationales : cinq jours à Barcelone pour construire, actualiser et renforcer vos connaissances et capacités en action internationale des autorités locales.',
    es: 'Adquiera las competencias para avanzar en su carrera en asuntos internacionales: cinco días en Barcelona para construir, actualizar y reforzar sus conocimientos y capacidades en acción internacional de las autoridades locales.',
  },
  description: [
    {en: 'Urban leadership is about delivering the best possible quality of life for a city’s people—ensuring safety, fostering a healthy environment, creating economic opportunities, and nurturing inclusiveness, culture, and identity. The wellbeing of a city and its inhabitants is shaped by local conditions, but in today’s interconnected world, local policies alone are not enough.'},
    {en: 'Cities are no longer just local spaces; they are key players in global dynamics. International challenges—climate change, migration, economic shifts—directly affect urban life, making global engagement a necessity, not a choice, for local governments.'},
    {en: 'To meet this growing demand, Metropolis, in partnership with the University of Melbourne and with the support of the Barcelona City Council, offers an accredited Diploma in Internationalization for Local Authorities. This program provides participants with the knowledge, skills, and tools to strengthen international engagement and drive impactful global strategies.'},
    {en: 'Held over five days in Barcelona—one of the world’s most globally connected cities—the course offers hands-on learning, expert-led sessions, and invaluable networking opportunities. Participants will benefit from Metropolis’ global network of over 160 cities and its 40 years of experience in knowledge-sharing, as well as the expertise of its partners.'},
  ],
  format: 'diploma',
  themes: ['internationalization', 'metropolitan-governance'],
  providerId: 'metropolis-secretariat',
  partnerIds: ['university-of-melbourne'],
  supporters: [{en: 'Barcelona City Council', fr: 'Mairie de Barcelone', es: 'Ayuntamiento de Barcelona'}],
  objective: {
    en: 'This course aims to provide a foundation for building, updating, and strengthening participants’ knowledge and capacities in international action for local authorities.',
    fr: 'Ce cours vise à donner une base pour construire, actualiser et renforcer les connaissances et les capacités des participants en matière d’action internationale des autorités locales.',
    es: 'Este curso pretende ofrecer una base para construir, actualizar y reforzar los conocimientos y capacidades de los participantes en acción internacional de las autoridades locales.',
  },
  skills: [
    {en: 'To understand if international action can add value to your city/metropolitan area'},
    {en: 'To learn how to build an international strategy'},
    {en: 'To link theory and evidence to practical and applied situations'},
    {en: 'To use tools for designing strategies and practical solutions for international issues'},
    {en: 'To learn from other cities’ experiences and how knowledge transference can be beneficial'},
    {en: 'To use effective tools to design strategies and solutions for the international issues'},
    {en: 'To measure problems & audit solutions to demonstrate impact'},
    {en: 'To learn from the best practice of other participating cities, understand the value of knowledge transference, and make connections that will help your city grow'},
  ],
  methodology: {
    pillars: [
      {en: 'Knowledge sessions aimed at providing an evidence-based landscape on key developments and debates in the internationalisation of local authorities'},
      {en: 'Skills sessions aimed at building capacity through interactive activities and peer-to-peer learning'},
      {en: 'Cities case studies showcasing successes, challenges, lessons learned and diverse urban strategies'},
      {en: 'In-person site visits and interactions with local stakeholders, offering hands-on experience and deeper engagement with metropolitan practices'},
      {en: 'Masterclasses delivered by experienced practitioners in international affairs'},
    ],
    approach: {en: 'The course is designed with an applied approach, where theoretical knowledge is directly linked to practical skills sessions that, in turn, inform the development of tailored policy outputs. The course also leverages the expertise of participants, creating opportunities for networking and peer-to-peer learning, particularly through collaborative discussions and hands-on exercises.'},
  },
  audience: {
    summary: {
      en: 'Junior and mid-career public sector professionals who aspire to make an impact on their territory through the international outreach of the local authority they work for.',
      fr: 'Professionnels du secteur public en début et milieu de carrière qui souhaitent agir sur leur territoire par l’action internationale de l’autorité locale qui les emploie.',
      es: 'Profesionales del sector público junior y de mitad de carrera que aspiran a influir en su territorio mediante la proyección internacional de la autoridad local para la que trabajan.',
    },
    careerStages: ['junior', 'mid-career'],
    profiles: ['technical'],
    idealParticipants: [
      {en: 'Experienced junior to mid-level staff in international affairs (IA) departments with a desire to develop their skills'},
      {en: 'Staff from metropolitan governments perhaps without dedicated IA departments who are seeking to expand their office’s expertise & activity in the internationalisation space'},
      {en: 'Officials from multi-sectoral metropolitan public authorities'},
    ],
    openness: {en: 'While the ideal participant will meet the above criteria, we encourage applications from officials at all stages of their careers, as we value the diversity of experiences within city government. We will communicate with prospective participants to ensure that no one who would benefit from the course and contribute their own value is excluded.'},
  },
  lessons: [
    {
      title: {en: 'Lesson 1: Cities in a changing international context', fr: 'Leçon 1 : Les villes dans un contexte international en mutation', es: 'Lección 1: Las ciudades en un contexto internacional cambiante'},
      description: {en: 'This session introduces the concept of city diplomacy, highlighting what, when, and why cities engage internationally. It covers a spectrum of aspects, from traditional twin or ‘sister city’ relationships to peer-to-peer international engagement, and extends to the multilateral, philanthropic, and multinational sectors. The session also illustrates the expanding scope of city diplomacy and the networking opportunities and pressures local authorities face, particularly within the context of metropolitan governance.'},
    },
    {
      title: {en: 'Lesson 2: Strategies for internationalization', fr: 'Leçon 2 : Stratégies d’internationalisation', es: 'Lección 2: Estrategias de internacionalización'},
      description: {en: 'This session draws on expertise from professionals who have overseen the process of developing a metropolitan international strategy. In this session we address the rationale, process and expectations of generating an international strategy, and demonstrate how such a document can be used in practice. The session also reflects on how international strategies might be located in relation to the structures of metropolitan governance, and how they affect and are affected by international stakeholders.'},
    },
    {
      title: {en: 'Lesson 3: City diplomacy and economic development', fr: 'Leçon 3 : Diplomatie des villes et développement économique', es: 'Lección 3: Diplomacia de ciudades y desarrollo económico'},
      description: {en: 'This lesson aims to deepen participants’ understanding of how cities collaborate with a diverse range of international actors—such as philanthropic organizations, multilateral lending agencies, and multinational corporations—to achieve these objectives. It also examines how international economic development strategies can link local and multilevel urban planning cycles.'},
    },
    {
      title: {en: 'Lesson 4: Measuring results and impact', fr: 'Leçon 4 : Mesurer les résultats et l’impact', es: 'Lección 4: Medir resultados e impacto'},
      description: {en: 'Metropolitan authorities operate in a context of limited resources and must justify how their activities benefit their citizens. Defending expenditures on international engagement can be a significant challenge for cities if these activities cannot be linked to clear local benefits. In addition to clearly defining international strategies and objectives, more metropolitan governments are exploring ways to measure the impact of these engagements and align them with other organizational KPIs to track their consistency with the city’s international strategy.'},
    },
    {
      title: {en: 'Lesson 5: Communicating the value of international engagement', fr: 'Leçon 5 : Communiquer la valeur de l’engagement international', es: 'Lección 5: Comunicar el valor del compromiso internacional'},
      description: {en: 'Metropolises face common challenges in effectively communicating the value of their international engagements to both local and global audiences. This session explores the importance of developing clear, comprehensive, and nuanced strategies for conveying the value and impact of city diplomacy to different audiences. It highlights how communication is a critical tool for achieving strategic objectives and ensuring accountability, and how crafting effective narratives can help coordinate international and external stakeholders within the context of metropolitan governance.'},
    },
  ],
  evaluation: {
    intro: {en: 'In order to evaluate the skills acquired and the level of capacity reached, and to successfully complete the course, participants will be required to:'},
    requirements: [
      {en: 'Actively participate in all course activities, including expert sessions and skills workshops, and site visits.'},
      {en: 'Share your city’s experiences and knowledge with other participants, fostering mutual learning from each other’s experiences.'},
      {en: 'Present the final project according to the provided guidelines.'},
    ],
    certification: {
      en: 'Once these requirements have been met, participants will receive a certificate of completion for the course.',
      fr: 'Une fois ces conditions remplies, les participants reçoivent un certificat de réussite du cours.',
      es: 'Una vez cumplidos estos requisitos, los participantes recibirán un certificado de finalización del curso.',
    },
  },
  included: [
    {en: 'Access to the course material'},
    {en: 'Masterclasses with local governments or academic experts'},
    {en: 'Site visits'},
    {en: 'Transfers to site visits'},
    {en: 'A 10-trip public transportation card'},
    {en: 'Coffee/tea breaks'},
    {en: 'Lunches'},
    {en: 'Networking event (to be confirmed)'},
    {en: 'Certificate'},
  ],
  notIncluded: [
    {en: 'Air travel expenses from the city/country of residence to Barcelona'},
    {en: 'Accommodation (see note)'},
    {en: 'Visa (if applicable)'},
    {en: 'Transfers from/to the airports'},
    {en: 'Any other item not listed as included'},
  ],
  inclusionNotes: [
    {en: 'Accommodation: we will provide participants with a list of hotels with different types of rates so that you can choose the one that best fits your budget and preferences.'},
  ],
  registrationProcess: [
    {en: 'After submitting your completed application, you will receive a confirmation of receipt.'},
    {en: 'Once we have assessed your application and admitted you to the course, we will send you an invoice with payment details.'},
    {en: 'Payments can be made via bank transfer. Your participation in the course is guaranteed only upon receipt of full payment.'},
  ],
  testimonials: [
    {
      quote: {en: 'The practical nature of the course is very appreciated. We are looking into solving real issues in practical ways.'},
      author: 'Thuthuka Mzimela',
      role: {en: 'Unit Head: Integrated and Community Based Planning, City of Johannesburg Metropolitan Municipality'},
    },
  ],
  sources,
};

/** @internal */
export const diplomaEdition: Edition = {
  id: 'diploma-internationalization-2025',
  courseId: 'diploma-internationalization',
  editionNumber: 3,
  dates: {kind: 'fixed', start: '2025-11-17', end: '2025-11-21'},
  timeZone: 'Europe/Madrid',
  location: {mode: 'in-person', city: {en: 'Barcelona', fr: 'Barcelone', es: 'Barcelona'}, country: 'ES'},
  // The brochure names no language of instruction.
  languages: [],
  // The brochure publishes no application deadline: applications are taken until the day before the start.
  applications: {},
  fee: {kind: 'schedule', scheduleId: 'diploma-internationalization-2025-fees'},
  sources,
};

/**
 * The fee schedule exactly as the brochure and DESIGN.md state it; the choices made where the
 * brochure is silent are in docs/fees.md.
 * @internal
 */
export const diplomaFees: FeeSchedule = {
  id: 'diploma-internationalization-2025-fees',
  currency: 'EUR',
  listPrice: 66000,
  incomeClassification: 'FY2025',
  rules: [
    {
      id: 'member-rate',
      kind: 'membership',
      label: {en: 'Member rate', fr: 'Tarif membre', es: 'Tarifa de miembro'},
      percent: 50,
      contributionsYear: 2024,
    },
    {
      id: 'income-special-fee',
      kind: 'income-level',
      label: {en: 'Special fee', fr: 'Tarif spécial', es: 'Tarifa especial'},
      percents: {'low': 100, 'lower-middle': 50, 'upper-middle': 50},
      quota: 3,
      membersOnly: true,
    },
    {
      id: 'group',
      kind: 'group',
      label: {en: 'Group registration', fr: 'Inscription de groupe', es: 'Inscripción en grupo'},
      percent: 8,
      minParticipants: 2,
    },
  ],
  refundPolicy: {
    tiers: [{daysBeforeStart: 30, percent: 75}],
    afterLastTier: 'not-accepted',
    terms: [
      {
        en: 'Cancellations must be informed in writing, replying to the place reservation email; cancellations informed by any other means will not be accepted. The email must include the name of the course, the student’s name and surname, the date of registration and contact information.',
        fr: 'Les annulations doivent être communiquées par écrit, en réponse au courriel de réservation de place ; les annulations communiquées par tout autre moyen ne sont pas acceptées. Le courriel indique le nom du cours, le nom et le prénom de l’étudiant, la date d’inscription et ses coordonnées.',
        es: 'Las cancelaciones deben comunicarse por escrito, respondiendo al correo de reserva de plaza; no se aceptarán cancelaciones comunicadas por otros medios. El correo debe incluir el nombre del curso, el nombre y apellidos del estudiante, la fecha de inscripción y los datos de contacto.',
      },
      {
        en: 'Refunds are made within 30 calendar days of the cancellation request. Participants are responsible for any bank fees associated with the refund.',
        fr: 'Les remboursements sont effectués dans les 30 jours calendaires suivant la demande d’annulation. Les frais bancaires liés au remboursement sont à la charge du participant.',
        es: 'Los reembolsos se realizan en un plazo de 30 días naturales desde la solicitud de cancelación. Los gastos bancarios asociados al reembolso corren a cargo del participante.',
      },
    ],
  },
  notes: [
    {
      en: 'Some discounts may apply for early bird registrations; no rate or date has been published.',
      fr: 'Des réductions pour inscription anticipée peuvent s’appliquer ; aucun taux ni aucune date n’a été publié.',
      es: 'Pueden aplicarse descuentos por inscripción anticipada; no se ha publicado ningún porcentaje ni fecha.',
    },
    {
      en: 'Income levels follow the World Bank’s classification for 2024-2025 (FY2025).',
      fr: 'Les niveaux de revenu suivent la classification de la Banque mondiale pour 2024-2025 (exercice 2025).',
      es: 'Los niveles de ingreso siguen la clasificación del Banco Mundial para 2024-2025 (año fiscal 2025).',
    },
  ],
  sources,
};
