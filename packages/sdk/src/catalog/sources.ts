/**
 * The seed documents every fact of the sample catalog comes from.
 * @module
 */

/** File names of the seed documents, as records cite them. @internal */
export const SEED = {
  learningAndTraining: '000_a05f206981840f01.txt',
  learningStation: '001_0011837b3ffed403.txt',
  mitiOpening: '002_ea8af590d73b5e14.txt',
  diplomaBrochure: '003_fbfd3532dcbfd860.txt',
  activitiesReport2014: '004_19c1d1c4fa41ae23.txt',
} as const;

/** The seed documents with their titles. @internal */
export const sampleSources = [
  {file: SEED.learningAndTraining, title: 'Metropolis — Learning & Training (web page)'},
  {file: SEED.learningStation, title: 'Metropolis — Strengthening capacities for metropolitan governance (Learning Station web page)'},
  {file: SEED.mitiOpening, title: 'Metropolis International Training Institute embarks on a new era for Metropolis training (news, 2014)'},
  {file: SEED.diplomaBrochure, title: 'Metropolis Diploma in Internationalization for Local Authorities, 3rd edition (brochure)'},
  {file: SEED.activitiesReport2014, title: 'Metropolis Activities Report, February–April 2014'},
];
