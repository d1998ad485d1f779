import {assert} from 'chai';
import {parseApplicationInput} from '../parse-application.js';
import {rejectedPaths} from '../test-support/catalog-fixtures.js';

export function validApplication(): any {
  return {
    editionId: 'diploma-internationalization-2025',
    lang: 'en',
    applicant: {
      givenName: 'Amina',
      familyName: 'Haddad',
      email: 'amina.haddad@example.org',
      organization: 'Cairo Governorate',
      position: 'International relations officer',
      city: 'Cairo',
      country: 'EG',
      careerStage: 'mid-career',
    },
    membership: {claim: 'member', memberId: 'cairo'},
    motivation: 'Our office is drafting its first international strategy.',
    consent: {privacy: true},
  };
}

describe('ApplicationInput', () => {
  it('accepts a complete application and trims its text', () => {
    const input = validApplication();
    input.applicant.givenName = '  Amina ';
    assert.equal(parseApplicationInput(input).applicant.givenName, 'Amina');
  });

  it('requires consent to the processing of the data', () => {
    const missing = validApplication();
    delete missing.consent;
    assert.deepEqual(rejectedPaths(() => parseApplicationInput(missing)), ['consent']);
    const refused = validApplication();
    refused.consent.privacy = false;
    assert.deepEqual(rejectedPaths(() => parseApplicationInput(refused)), ['consent.privacy']);
  });

  it('names each bad field of the applicant', () => {
    const input = validApplication();
    input.applicant.email = 'not-an-email';
    input.applicant.country = 'Egypt';
    input.applicant.givenName = '';
    input.applicant.careerStage = 'intern';
    assert.sameMembers(rejectedPaths(() => parseApplicationInput(input)), [
      'applicant.email',
      'applicant.country',
      'applicant.givenName',
      'applicant.careerStage',
    ]);
  });

  it('refuses unknown fields rather than dropping them silently', () => {
    const input = validApplication();
    input.price = 0;
    input.applicant.nickname = 'A';
    assert.sameMembers(rejectedPaths(() => parseApplicationInput(input)), ['price', 'applicant.nickname']);
  });

  it('validates group members one by one', () => {
    const input = validApplication();
    input.groupMembers = [
      {givenName: 'Omar', familyName: 'Said', email: 'omar.said@example.org'},
      {givenName: 'Laila', familyName: '', email: 'laila@'},
    ];
    assert.sameMembers(rejectedPaths(() => parseApplicationInput(input)), ['groupMembers[1].familyName', 'groupMembers[1].email']);
  });
});
