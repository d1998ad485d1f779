import {assert} from 'chai';
import {parseProposalInput} from '../parse-proposal.js';
import {rejectedPaths} from '../test-support/catalog-fixtures.js';
import {proposalTransitions} from './proposal.js';

/** A webinar proposal with every required field. */
export function validWebinarProposal(): any {
  return {
    lang: 'en',
    proposer: {
      givenName: 'Lucía',
      familyName: 'Ortega',
      email: 'lucia.ortega@example.org',
      organization: 'Mexico City Mobility Secretariat',
      position: 'Head of international cooperation',
      city: 'Mexico City',
      country: 'MX',
      membership: {claim: 'member', memberId: 'mexico-city'},
    },
    activity: {
      title: 'Cable cars as public transport',
      format: 'webinar',
      themes: ['mobility'],
      summary: 'How Cablebús was planned, financed and integrated into the fare system.',
      objectives: 'Participants can judge whether a cable car fits their topography and budget.',
      audience: ['technical'],
      careerStages: ['mid-career', 'senior'],
      languages: ['es', 'en'],
      period: {start: '2027-03'},
      duration: {value: 90, unit: 'hours'},
      expectedParticipants: 80,
      speakers: [{name: 'Ana Ruiz', organization: 'Cablebús', role: 'Engineer'}],
    },
    offer: {experts: true, venue: false, funding: false, materials: true},
    consent: {privacy: true},
  };
}

/** A Learning Hub proposal with its three-year plan. */
export function validLearningHubProposal(): any {
  const proposal = validWebinarProposal();
  proposal.activity = {...proposal.activity, format: 'learning-hub', title: 'Water-sensitive cities hub', themes: ['water', 'climate'], duration: {value: 3, unit: 'months'}};
  delete proposal.activity.speakers;
  proposal.learningHub = {
    priorityTheme: 'water',
    region: 'Latin America',
    scope: 'regional',
    partnerInstitutions: ['UNAM Institute of Engineering'],
    outline: {year1: 'Curriculum and first cohort.', year2: 'Research on flood-resilient neighbourhoods.', year3: 'Regional conference and toolkit.'},
  };
  return proposal;
}

describe('ProposalInput', () => {
  it('accepts a webinar and a Learning Hub proposal, trimming their text', () => {
    const webinar = validWebinarProposal();
    webinar.activity.title = '  Cable cars as public transport ';
    assert.equal(parseProposalInput(webinar).activity.title, 'Cable cars as public transport');
    assert.equal(parseProposalInput(validLearningHubProposal()).learningHub?.outline.year3, 'Regional conference and toolkit.');
  });

  it('asks a Learning Hub for its plan, refuses a plan on another format, and a webinar without a speaker', () => {
    const hub = validLearningHubProposal();
    delete hub.learningHub;
    assert.deepEqual(rejectedPaths(() => parseProposalInput(hub)), ['learningHub']);
    const course = validLearningHubProposal();
    course.activity.format = 'online-course';
    assert.deepEqual(rejectedPaths(() => parseProposalInput(course)), ['learningHub']);
    const webinar = validWebinarProposal();
    webinar.activity.speakers = [];
    assert.deepEqual(rejectedPaths(() => parseProposalInput(webinar)), ['activity.speakers']);
  });

  it('names each bad field: themes outside the vocabulary, no audience, no participants, an unknown field, no consent, a period that ends before it starts', () => {
    const proposal = validWebinarProposal();
    proposal.activity.themes = ['cooking'];
    proposal.activity.audience = [];
    proposal.activity.expectedParticipants = 0;
    proposal.proposer.email = 'not an email';
    proposal.budget = 1000;
    proposal.consent = {privacy: false};
    assert.sameMembers(rejectedPaths(() => parseProposalInput(proposal)), [
      'activity.themes[0]', 'activity.audience', 'activity.expectedParticipants', 'proposer.email', 'consent.privacy', 'budget',
    ]);
    const late = validWebinarProposal();
    late.activity.period = {start: '2027-05', end: '2027-02'};
    assert.deepEqual(rejectedPaths(() => parseProposalInput(late)), ['activity.period.end']);
  });

  it('refuses control characters and broken characters in free text, as applications do', () => {
    const proposal = validWebinarProposal();
    proposal.activity.title = 'Cable\u0000cars';
    proposal.activity.summary = 'Broken \ud800 text';
    assert.sameMembers(rejectedPaths(() => parseProposalInput(proposal)), ['activity.title', 'activity.summary']);
  });

  it('moves received → under-review → accepted or declined, never back', () => {
    assert.deepEqual(proposalTransitions.received, ['under-review', 'declined']);
    assert.deepEqual(proposalTransitions['under-review'], ['accepted', 'declined']);
    assert.deepEqual([...proposalTransitions.accepted, ...proposalTransitions.declined], []);
  });
});
