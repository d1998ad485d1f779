/**
 * The Secretariat's online formats: Learning Station webinars and online courses (seed 001),
 * and the 2018 online course with the UOC (seed 000). The seeds give no dates, fees or
 * languages for them, so none are invented.
 * @module
 */
import type {Course} from '../schemas/course.js';
import type {Edition} from '../schemas/edition.js';
import {SEED} from './sources.js';

const learningStationThemes = ['social-cohesion', 'mobility', 'water', 'smart-cities', 'e-government', 'gender-equality', 'financing'] as const;
const learningStationAudience = {
  summary: {
    en: 'Public officials with a technical or political profile from Metropolis members.',
    fr: 'Responsables publics au profil technique ou politique des membres de Metropolis.',
    es: 'Cargos públicos de perfil técnico o político de los miembros de Metropolis.',
  },
  profiles: ['technical', 'political'],
} satisfies Course['audience'];

/** @internal */
export const learningStationCourses: Course[] = [
  {
    id: 'learning-station-webinars',
    title: {en: 'Learning Station webinars', fr: 'Webinaires de la Learning Station', es: 'Webinarios de la Learning Station'},
    summary: {
      en: 'One- to two-hour webinars on key issues for the Metropolis membership, usually with the expertise of at least one member or partner, where participants interact with the other attendees.',
      fr: 'Des webinaires d’une à deux heures sur les grands sujets des membres de Metropolis, en général avec l’expertise d’au moins un membre ou partenaire, où les participants échangent avec les autres inscrits.',
      es: 'Webinarios de una a dos horas sobre temas clave para la membresía de Metropolis, normalmente con la experiencia de al menos un miembro o socio, en los que los participantes interactúan con el resto de asistentes.',
    },
    description: [
      {en: 'Launched in 2021, the Learning Station is the space where public officials with a technical or political profile find all training content on different topics related to metropolitan governance. Social cohesion, mobility, water management, smart cities and e-government, gender equality or financing are some of the issues addressed during the sessions.'},
    ],
    format: 'webinar',
    themes: [...learningStationThemes],
    providerId: 'metropolis-secretariat',
    sessionLength: {en: '1 to 2 hours', fr: '1 à 2 heures', es: 'De 1 a 2 horas'},
    audience: learningStationAudience,
    sources: [SEED.learningStation, SEED.learningAndTraining],
  },
  {
    id: 'learning-station-online-courses',
    title: {en: 'Learning Station online courses', fr: 'Cours en ligne de la Learning Station', es: 'Cursos en línea de la Learning Station'},
    summary: {
      en: 'Online courses organized by the Metropolis Secretariat General on key issues for the membership, for technical teams and elected representatives.',
      fr: 'Des cours en ligne organisés par le Secrétariat général de Metropolis sur les grands sujets des membres, pour les équipes techniques et les élus.',
      es: 'Cursos en línea organizados por la Secretaría General de Metropolis sobre temas clave para la membresía, para equipos técnicos y representantes electos.',
    },
    description: [
      {en: 'Metropolis organizes online and in-person programs suited for technical teams and elected representatives of its membership; the methodologies and formats of the learning activities are varied and adapted to the public and themes.'},
    ],
    format: 'online-course',
    themes: [...learningStationThemes],
    providerId: 'metropolis-secretariat',
    audience: learningStationAudience,
    sources: [SEED.learningStation],
  },
  {
    id: 'online-course-uoc',
    title: {
      en: 'Online training course with the Open University of Catalonia (UOC)',
      fr: 'Cours de formation en ligne avec l’Université ouverte de Catalogne (UOC)',
      es: 'Curso de formación en línea con la Universitat Oberta de Catalunya (UOC)',
    },
    summary: {
      en: 'An online training course launched by Metropolis with the Open University of Catalonia in 2018.',
      fr: 'Un cours de formation en ligne lancé par Metropolis avec l’Université ouverte de Catalogne en 2018.',
      es: 'Un curso de formación en línea lanzado por Metropolis con la Universitat Oberta de Catalunya en 2018.',
    },
    format: 'online-course',
    themes: ['metropolitan-governance'],
    providerId: 'metropolis-secretariat',
    partnerIds: ['uoc'],
    sources: [SEED.learningAndTraining],
  },
];

const online = {mode: 'online'} as const;
// Online sessions are scheduled by the Secretariat in Barcelona.
const organizerTimeZone = 'Europe/Madrid';

/** An online edition whose dates and fee the sources do not give. */
function toBeAnnounced(id: string, courseId: string, source: string): Edition {
  return {id, courseId, dates: {kind: 'to-be-announced'}, timeZone: organizerTimeZone, location: online, languages: [], fee: {kind: 'to-be-announced'}, sources: [source]};
}

/** @internal */
export const learningStationEditions: Edition[] = [
  toBeAnnounced('learning-station-webinars-next', 'learning-station-webinars', SEED.learningStation),
  toBeAnnounced('learning-station-online-courses-next', 'learning-station-online-courses', SEED.learningStation),
  {...toBeAnnounced('online-course-uoc-2018', 'online-course-uoc', SEED.learningAndTraining), dates: {kind: 'to-be-confirmed', period: '2018'}},
];
