import assert from 'node:assert/strict';
import {scheduleFor, sampleCatalog} from '@metropolis-training/sdk';
import {membershipStatus, nameKey, requiredContributionsYear, sampleMembers} from './members.js';

describe('member registry rules', () => {
  it('folds names for matching: case, accents and spaces aside, nothing more', () => {
    assert.equal(nameKey('  Àrea  Metropolitana de BARCELONA '), 'area metropolitana de barcelona');
    assert.equal(nameKey('Ciudad de México'), nameKey('ciudad de mexico'));
    assert.notEqual(nameKey('Mexico'), nameKey('Mexico City'));
  });

  it('asks for the schedule’s contributions year, else the year before the application', () => {
    const diploma = scheduleFor(sampleCatalog, 'diploma-internationalization-2025')!;
    assert.equal(requiredContributionsYear(diploma, '2025-09-15'), 2024);
    assert.equal(requiredContributionsYear({...diploma, rules: []}, '2026-03-01'), 2025);
  });

  it('tells members up to date from members in arrears and non-members', () => {
    assert.equal(membershipStatus({id: 'a', name: 'A', city: 'A', country: 'ES', contributionsPaidThrough: 2024}, 2024), 'member');
    assert.equal(membershipStatus({id: 'a', name: 'A', city: 'A', country: 'ES', contributionsPaidThrough: 2023}, 2024), 'member-in-arrears');
    assert.equal(membershipStatus({id: 'a', name: 'A', city: 'A', country: 'ES'}, 2024), 'member-in-arrears');
    assert.equal(membershipStatus(undefined, 2024), 'non-member');
  });

  it('labels every demo member as sample data', () => {
    for (const member of sampleMembers) {
      assert.match(member.id, /^sample-/);
      assert.match(member.name, /sample data/);
      // Names are public (GET /v1/members): they must not give away contribution status.
      assert.doesNotMatch(member.name, /arrear|contribution|paid/i);
    }
    assert.ok(sampleMembers.some((m) => (m.contributionsPaidThrough ?? 0) < 2024), 'one demo member is in arrears');
  });
});
