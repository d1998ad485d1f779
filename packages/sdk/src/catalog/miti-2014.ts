/**
 * The MITI trainings of the 2014 international schedule (activities report, seed 004), with the
 * dates and cities given there. Dates marked "to be confirmed" stay unconfirmed. The report
 * gives no fees, languages or application process for them.
 * @module
 */
import type {Course} from '../schemas/course.js';
import type {Edition} from '../schemas/edition.js';
import type {LocalizedText} from '../schemas/common.js';
import type {Theme} from '../schemas/vocabulary.js';
import {SEED} from './sources.js';

interface MitiTraining {
  slug: string;
  title: LocalizedText;
  summary: LocalizedText;
  themes: Theme[];
  providerId: string;
  city: LocalizedText;
  country: string;
  timeZone: string;
  dates: Edition['dates'];
  notes?: LocalizedText[];
}

const seoul = {providerId: 'miti-seoul', city: {en: 'Seoul', fr: 'Séoul', es: 'Seúl'}, country: 'KR', timeZone: 'Asia/Seoul'};
const mashhad = {providerId: 'miti-mashhad', city: {en: 'Mashhad', fr: 'Mashhad', es: 'Mashhad'}, country: 'IR', timeZone: 'Asia/Tehran'};
const mexicoCity = {providerId: 'miti-mexico-city', city: {en: 'Mexico City', fr: 'Mexico', es: 'Ciudad de México'}, country: 'MX', timeZone: 'America/Mexico_City'};
const toBeConfirmedOctober = {kind: 'to-be-confirmed', period: '2014-10'} as const;

const trainings: MitiTraining[] = [
  {
    slug: 'miti-water-supplies',
    title: {en: 'MITI Training Workshop on Water Supplies', fr: 'Atelier de formation du MITI sur l’approvisionnement en eau', es: 'Taller de formación del MITI sobre abastecimiento de agua'},
    summary: {
      en: 'A MITI training workshop on water supplies, held in Seoul from 27 May to 3 June 2014.',
      fr: 'Un atelier de formation du MITI sur l’approvisionnement en eau, à Séoul du 27 mai au 3 juin 2014.',
      es: 'Un taller de formación del MITI sobre abastecimiento de agua, en Seúl del 27 de mayo al 3 de junio de 2014.',
    },
    themes: ['water'],
    ...seoul,
    dates: {kind: 'fixed', start: '2014-05-27', end: '2014-06-03'},
  },
  {
    slug: 'miti-electronic-governance',
    title: {en: 'MITI Training Workshop on Electronic Governance', fr: 'Atelier de formation du MITI sur la gouvernance électronique', es: 'Taller de formación del MITI sobre gobierno electrónico'},
    summary: {
      en: 'A MITI training workshop on electronic governance, held in Seoul from 24 June to 2 July 2014.',
      fr: 'Un atelier de formation du MITI sur la gouvernance électronique, à Séoul du 24 juin au 2 juillet 2014.',
      es: 'Un taller de formación del MITI sobre gobierno electrónico, en Seúl del 24 de junio al 2 de julio de 2014.',
    },
    themes: ['e-government', 'governance'],
    ...seoul,
    dates: {kind: 'fixed', start: '2014-06-24', end: '2014-07-02'},
  },
  {
    slug: 'miti-overweight-obesity-policies',
    title: {
      en: 'MITI: Successful Public Policies Against Overweight and Obesity',
      fr: 'MITI : politiques publiques efficaces contre le surpoids et l’obésité',
      es: 'MITI: políticas públicas exitosas contra el sobrepeso y la obesidad',
    },
    summary: {
      en: 'A MITI training on successful public policies against overweight and obesity, held in Mexico City from 29 July to 1 August 2014.',
      fr: 'Une formation du MITI sur les politiques publiques efficaces contre le surpoids et l’obésité, à Mexico du 29 juillet au 1er août 2014.',
      es: 'Una formación del MITI sobre políticas públicas exitosas contra el sobrepeso y la obesidad, en Ciudad de México del 29 de julio al 1 de agosto de 2014.',
    },
    themes: ['public-health'],
    ...mexicoCity,
    dates: {kind: 'fixed', start: '2014-07-29', end: '2014-08-01'},
    notes: [{
      en: 'The 2014 schedule prints “29-1 July” under July 2014, after 14–18 July, and lists each event under the month it starts; it is read here as 29 July to 1 August 2014.',
      fr: 'Le calendrier 2014 indique « 29-1 July » sous juillet 2014, après le 14–18 juillet, et classe chaque événement sous son mois de début ; il est lu ici comme du 29 juillet au 1er août 2014.',
      es: 'El calendario de 2014 indica «29-1 July» bajo julio de 2014, después del 14–18 de julio, y clasifica cada evento bajo su mes de inicio; aquí se lee como del 29 de julio al 1 de agosto de 2014.',
    }],
  },
  {
    slug: 'miti-urban-management',
    title: {en: 'MITI Training Session on Urban Management', fr: 'Session de formation du MITI sur la gestion urbaine', es: 'Sesión de formación del MITI sobre gestión urbana'},
    summary: {
      en: 'A MITI training session on urban management, held in Seoul from 24 to 31 August 2014.',
      fr: 'Une session de formation du MITI sur la gestion urbaine, à Séoul du 24 au 31 août 2014.',
      es: 'Una sesión de formación del MITI sobre gestión urbana, en Seúl del 24 al 31 de agosto de 2014.',
    },
    themes: ['urban-management'],
    ...seoul,
    dates: {kind: 'fixed', start: '2014-08-24', end: '2014-08-31'},
  },
  {
    slug: 'miti-climate-change',
    title: {en: 'MITI Training Workshop on Climate Change', fr: 'Atelier de formation du MITI sur le changement climatique', es: 'Taller de formación del MITI sobre cambio climático'},
    summary: {
      en: 'A MITI training workshop on climate change, held in Seoul from 21 to 31 October 2014.',
      fr: 'Un atelier de formation du MITI sur le changement climatique, à Séoul du 21 au 31 octobre 2014.',
      es: 'Un taller de formación del MITI sobre cambio climático, en Seúl del 21 al 31 de octubre de 2014.',
    },
    themes: ['climate'],
    ...seoul,
    dates: {kind: 'fixed', start: '2014-10-21', end: '2014-10-31'},
  },
  {
    slug: 'miti-municipal-finance-investment',
    title: {en: 'MITI Training Workshop on Municipal Finance and Investment', fr: 'Atelier de formation du MITI sur les finances et l’investissement municipaux', es: 'Taller de formación del MITI sobre finanzas e inversión municipales'},
    summary: {
      en: 'A MITI training workshop on municipal finance and investment in Mashhad, announced for October 2014 with dates to be confirmed.',
      fr: 'Un atelier de formation du MITI sur les finances et l’investissement municipaux à Mashhad, annoncé pour octobre 2014, dates à confirmer.',
      es: 'Un taller de formación del MITI sobre finanzas e inversión municipales en Mashhad, anunciado para octubre de 2014, fechas por confirmar.',
    },
    themes: ['financing'],
    ...mashhad,
    dates: toBeConfirmedOctober,
  },
  {
    slug: 'miti-gis-urban-planning',
    title: {
      en: 'MITI Training Workshop on the Use of Geographic Information Systems in Urban Planning',
      fr: 'Atelier de formation du MITI sur l’utilisation des systèmes d’information géographique en urbanisme',
      es: 'Taller de formación del MITI sobre el uso de sistemas de información geográfica en la planificación urbana',
    },
    summary: {
      en: 'A MITI training workshop on geographic information systems (GIS) in urban planning in Mashhad, announced for October 2014 with dates to be confirmed.',
      fr: 'Un atelier de formation du MITI sur les systèmes d’information géographique (SIG) en urbanisme à Mashhad, annoncé pour octobre 2014, dates à confirmer.',
      es: 'Un taller de formación del MITI sobre sistemas de información geográfica (SIG) en planificación urbana en Mashhad, anunciado para octubre de 2014, fechas por confirmar.',
    },
    themes: ['gis', 'urban-planning'],
    ...mashhad,
    dates: toBeConfirmedOctober,
  },
];

const sources = [SEED.activitiesReport2014];

/** @internal */
export const mitiCourses: Course[] = trainings.map((t) => ({
  id: t.slug,
  title: t.title,
  summary: t.summary,
  format: 'workshop',
  themes: t.themes,
  providerId: t.providerId,
  sources,
}));

/** @internal */
export const mitiEditions: Edition[] = trainings.map((t) => ({
  id: `${t.slug}-2014`,
  courseId: t.slug,
  dates: t.dates,
  timeZone: t.timeZone,
  location: {mode: 'in-person', city: t.city, country: t.country},
  languages: [],
  fee: {kind: 'to-be-announced'},
  ...(t.notes ? {notes: t.notes} : {}),
  sources,
}));
