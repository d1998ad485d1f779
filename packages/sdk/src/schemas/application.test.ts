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

  it('refuses NUL, other control characters and broken characters in free text, naming the field and what is wrong', () => {
    const cases: [string[], string, string][] = [
      [['applicant', 'organization'], 'O\ud800', 'unpaired surrogates'],
      [['applicant', 'position'], 'Head\udfff of unit', 'unpaired surrogates'],
      [['applicant', 'givenName'], 'Am\u0000ina', 'control characters'],
      [['applicant', 'familyName'], 'Had\u0000dad', 'control characters'],
      [['applicant', 'city'], 'Cai\tro', 'control characters'],
      [['applicant', 'organization'], 'Cairo\nGovernorate', 'control characters'],
      [['motivation'], 'Our office\u0000', 'control characters'],
      [['membership', 'memberName'], 'Cairo\u001b', 'control characters'],
      [['applicant', 'city'], 'Cairo\u0085', 'control characters'],
    ];
    for (const [path, value, what] of cases) {
      const input = validApplication();
      let target = input;
      for (const key of path.slice(0, -1)) target = target[key];
      target[path.at(-1)!] = value;
      try {
        parseApplicationInput(input);
        assert.fail(`accepted ${JSON.stringify(value)} in ${path.join('.')}`);
      } catch (error) {
        const issues = (error as {issues?: {path: string; message: string}[]}).issues ?? [];
        assert.deepEqual(issues.map((i) => i.path), [path.join('.')], JSON.stringify(value));
        assert.include(issues[0]!.message, what);
      }
    }
  });

  it('says a missing choice is required, and a wrong one what it may be (issue 12: a missing lang read "must be one of")', () => {
    const issuesOf = (input: unknown) => {
      try {
        parseApplicationInput(input);
        return [];
      } catch (error) {
        return ((error as {issues?: {path: string; message: string}[]}).issues ?? []).map((i) => `${i.path} ${i.message}`);
      }
    };
    const missing = validApplication();
    delete missing.lang;
    delete missing.applicant.careerStage;
    assert.deepEqual(issuesOf(missing), ['lang is required', 'applicant.careerStage is required']);
    const wrong = validApplication();
    wrong.lang = 'de';
    assert.deepEqual(issuesOf(wrong), ['lang must be one of: "en", "fr", "es", "ar"']);
  });

  it('keeps tabs and line breaks in the motivation, and a surrogate pair (an emoji) anywhere', () => {
    const input = validApplication();
    input.motivation = 'First line.\n\tSecond line.';
    input.applicant.organization = 'Cairo 🏛️ Governorate';
    const parsed = parseApplicationInput(input);
    assert.equal(parsed.motivation, 'First line.\n\tSecond line.');
    assert.equal(parsed.applicant.organization, 'Cairo 🏛️ Governorate');
  });

  it('normalises text to NFC, so one name typed two ways is stored and searched the same', () => {
    const input = validApplication();
    input.applicant.familyName = 'Jose\u0301';
    const parsed = parseApplicationInput(input);
    assert.equal(parsed.applicant.familyName, 'Jos\u00e9');
    assert.equal(parsed.applicant.familyName.length, 4);
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
