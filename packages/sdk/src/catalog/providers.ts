/**
 * Providers of the sample catalog.
 * @module
 */
import type {Provider} from '../schemas/provider.js';
import {SEED} from './sources.js';

/** @internal */
export const providers: Provider[] = [
  {
    id: 'metropolis-secretariat',
    name: {en: 'Metropolis Secretariat General', fr: 'Secrétariat général de Metropolis', es: 'Secretaría General de Metropolis'},
    kind: 'secretariat',
    city: {en: 'Barcelona', fr: 'Barcelone', es: 'Barcelona'},
    country: 'ES',
    description: {
      en: 'Organizes online courses and one- to two-hour webinars on key issues for the membership, and the Diploma in Internationalization for Local Authorities in Barcelona. Since 2021 its Learning Station gathers all training content on metropolitan governance.',
      fr: 'Organise des cours en ligne et des webinaires d’une à deux heures sur les grands sujets des membres, ainsi que le Diplôme en internationalisation des autorités locales à Barcelone. Depuis 2021, sa Learning Station réunit tous les contenus de formation sur la gouvernance métropolitaine.',
      es: 'Organiza cursos en línea y webinarios de una a dos horas sobre los temas clave de la membresía, y el Diploma en Internacionalización para Autoridades Locales en Barcelona. Desde 2021, su Learning Station reúne todos los contenidos formativos sobre gobernanza metropolitana.',
    },
    themes: ['metropolitan-governance', 'social-cohesion', 'mobility', 'water', 'smart-cities', 'e-government', 'gender-equality', 'financing', 'internationalization'],
    sources: [SEED.learningAndTraining, SEED.learningStation, SEED.diplomaBrochure],
  },
  {
    id: 'miti-seoul',
    name: {
      en: 'Metropolis International Training Institute (MITI) Headquarters',
      fr: 'Siège de l’Institut international de formation de Metropolis (MITI)',
      es: 'Sede del Instituto Internacional de Formación de Metropolis (MITI)',
    },
    kind: 'miti-headquarters',
    hostInstitution: {
      en: 'Seoul Human Resources Development Center (SHRDC), Seoul Metropolitan Government',
      fr: 'Seoul Human Resources Development Center (SHRDC), gouvernement métropolitain de Séoul',
      es: 'Seoul Human Resources Development Center (SHRDC), Gobierno Metropolitano de Seúl',
    },
    city: {en: 'Seoul', fr: 'Séoul', es: 'Seúl'},
    country: 'KR',
    since: 2012,
    description: {
      en: 'The Board of Directors moved the MITI Headquarters to Seoul in 2012; they were formally opened on 13 March 2014. SHRDC, established in 1962, trains the officials of the Seoul Metropolitan Government and its 25 districts, and offers at least five international training programmes a year.',
      fr: 'Le conseil d’administration a transféré le siège du MITI à Séoul en 2012 ; il a été inauguré le 13 mars 2014. Le SHRDC, créé en 1962, forme les fonctionnaires du gouvernement métropolitain de Séoul et de ses 25 arrondissements, et propose au moins cinq programmes internationaux par an.',
      es: 'La Junta Directiva trasladó la sede del MITI a Seúl en 2012; se inauguró el 13 de marzo de 2014. El SHRDC, creado en 1962, forma a los funcionarios del Gobierno Metropolitano de Seúl y de sus 25 distritos, y ofrece al menos cinco programas internacionales al año.',
    },
    themes: ['mobility', 'urban-planning', 'water', 'governance', 'e-government', 'tax'],
    sources: [SEED.learningAndTraining, SEED.mitiOpening, SEED.activitiesReport2014],
  },
  {
    id: 'miti-mashhad',
    name: {
      en: 'MITI Middle East Regional Center',
      fr: 'Centre régional du MITI pour le Moyen-Orient',
      es: 'Centro Regional del MITI para Oriente Medio',
    },
    kind: 'miti-regional-centre',
    hostInstitution: {
      en: 'International Scientific Cooperation Office (ISCO), Mashhad',
      fr: 'Bureau de coopération scientifique internationale (ISCO), Mashhad',
      es: 'Oficina de Cooperación Científica Internacional (ISCO), Mashhad',
    },
    city: {en: 'Mashhad', fr: 'Mashhad', es: 'Mashhad'},
    country: 'IR',
    since: 2008,
    description: {
      en: 'Its workshops usually consist of three full days of indoor training and one day for a technical visit, led by international or local experts. Lately it focuses on financing.',
      fr: 'Ses ateliers comptent en général trois journées complètes de formation en salle et une journée de visite technique, animées par des experts internationaux ou locaux. Il se concentre ces derniers temps sur le financement.',
      es: 'Sus talleres suelen constar de tres días completos de formación en aula y un día de visita técnica, a cargo de expertos internacionales o locales. Últimamente se centra en la financiación.',
    },
    themes: ['financing'],
    sources: [SEED.learningAndTraining, SEED.mitiOpening],
  },
  {
    id: 'miti-cairo',
    name: {
      en: 'MITI Regional Center for Africa',
      fr: 'Centre régional du MITI pour l’Afrique',
      es: 'Centro Regional del MITI para África',
    },
    kind: 'miti-regional-centre',
    hostInstitution: {
      en: 'Housing and Building National Research Center (HBRC), Cairo',
      fr: 'Centre national de recherche sur le logement et la construction (HBRC), Le Caire',
      es: 'Centro Nacional de Investigación sobre Vivienda y Construcción (HBRC), El Cairo',
    },
    city: {en: 'Cairo', fr: 'Le Caire', es: 'El Cairo'},
    country: 'EG',
    since: 2009,
    description: {
      en: 'HBRC, founded in 1954 under the Ministry of Housing, Utilities and Urban Communities of Egypt, trains in housing and urban development, informal settlements upgrading, urban management, environmental management, urban economics and finance, and GIS applications.',
      fr: 'Le HBRC, fondé en 1954 et rattaché au ministère égyptien du Logement, des Services publics et des Communautés urbaines, forme au logement et au développement urbain, à la réhabilitation des quartiers informels, à la gestion urbaine et environnementale, à l’économie et aux finances urbaines et aux applications SIG.',
      es: 'El HBRC, fundado en 1954 y dependiente del Ministerio de Vivienda, Servicios y Comunidades Urbanas de Egipto, forma en vivienda y desarrollo urbano, mejora de asentamientos informales, gestión urbana y ambiental, economía y finanzas urbanas, y aplicaciones SIG.',
    },
    themes: ['housing', 'informal-settlements', 'urban-management', 'environment', 'urban-economics', 'gis'],
    sources: [SEED.learningAndTraining, SEED.mitiOpening],
  },
  {
    id: 'miti-mexico-city',
    name: {
      en: 'MITI Regional Center for the Americas & Caribbean',
      fr: 'Centre régional du MITI pour les Amériques et les Caraïbes',
      es: 'Centro Regional del MITI para las Américas y el Caribe',
    },
    kind: 'miti-regional-centre',
    hostInstitution: {
      en: 'School of Public Administration of Mexico City (EAPDF)',
      fr: 'École d’administration publique de Mexico (EAPDF)',
      es: 'Escuela de Administración Pública de la Ciudad de México (EAPDF)',
    },
    city: {en: 'Mexico City', fr: 'Mexico', es: 'Ciudad de México'},
    country: 'MX',
    since: 2012,
    description: {
      en: 'EAPDF, created in December 2008, trains and professionalizes the public servants of the Mexican Federal District and researches the city’s current and future problems from a metropolitan perspective.',
      fr: 'L’EAPDF, créée en décembre 2008, forme et professionnalise les agents publics du District fédéral mexicain et étudie les problèmes actuels et futurs de la ville dans une perspective métropolitaine.',
      es: 'La EAPDF, creada en diciembre de 2008, forma y profesionaliza a los servidores públicos del Distrito Federal mexicano e investiga los problemas actuales y futuros de la ciudad desde una perspectiva metropolitana.',
    },
    sources: [SEED.learningAndTraining, SEED.mitiOpening, SEED.activitiesReport2014],
  },
  {
    id: 'miti-paris-idf',
    name: {
      en: 'MITI Regional Centre Paris Île-de-France',
      fr: 'Centre régional du MITI Paris Île-de-France',
      es: 'Centro Regional del MITI París Île-de-France',
    },
    kind: 'miti-regional-centre',
    city: {en: 'Paris', fr: 'Paris', es: 'París'},
    country: 'FR',
    description: {
      en: 'One of the MITI regional centres that signed a memorandum of understanding with the Seoul Metropolitan Government at the opening of the MITI Headquarters in March 2014.',
      fr: 'L’un des centres régionaux du MITI qui ont signé un protocole d’accord avec le gouvernement métropolitain de Séoul lors de l’inauguration du siège du MITI en mars 2014.',
      es: 'Uno de los centros regionales del MITI que firmaron un memorando de entendimiento con el Gobierno Metropolitano de Seúl en la inauguración de la sede del MITI en marzo de 2014.',
    },
    sources: [SEED.mitiOpening, SEED.activitiesReport2014],
  },
  {
    id: 'university-of-melbourne',
    name: {en: 'University of Melbourne', fr: 'Université de Melbourne', es: 'Universidad de Melbourne'},
    kind: 'partner',
    city: {en: 'Melbourne', fr: 'Melbourne', es: 'Melbourne'},
    country: 'AU',
    description: {
      en: 'Partner of Metropolis in the accredited Diploma in Internationalization for Local Authorities.',
      fr: 'Partenaire de Metropolis pour le Diplôme accrédité en internationalisation des autorités locales.',
      es: 'Socia de Metropolis en el Diploma acreditado en Internacionalización para Autoridades Locales.',
    },
    themes: ['internationalization'],
    sources: [SEED.diplomaBrochure],
  },
  {
    id: 'uoc',
    name: {en: 'Open University of Catalonia (UOC)', fr: 'Université ouverte de Catalogne (UOC)', es: 'Universitat Oberta de Catalunya (UOC)'},
    kind: 'partner',
    country: 'ES',
    description: {
      en: 'Partner of Metropolis in the online training course launched in 2018.',
      fr: 'Partenaire de Metropolis pour le cours de formation en ligne lancé en 2018.',
      es: 'Socia de Metropolis en el curso de formación en línea lanzado en 2018.',
    },
    sources: [SEED.learningAndTraining],
  },
];
