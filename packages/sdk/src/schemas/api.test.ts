import {assert} from 'chai';
import {ValidationError} from '../errors.js';
import {rejectedPaths} from '../test-support/catalog-fixtures.js';
import {MemberListQuery, MemberRecord, MemberRecordList, parseApiBody, QuoteApiRequest, ServerMeta} from './api.js';
import {ApplicationListQuery, StatusChange} from './admin.js';

describe('parseApiBody', () => {
  it('returns the parsed body, trimmed as the schema says', () => {
    const member = parseApiBody(MemberRecord, {id: 'cairo', name: ' Cairo ', city: 'Cairo', country: 'EG', contributionsPaidThrough: 2024}, 'Member');
    assert.equal(member.name, 'Cairo');
  });

  it('names each bad field and each unknown one, as the other parse functions do', () => {
    const body = {editionId: 'Not An Id', country: 'EG', participants: '2', price: 0};
    assert.sameMembers(rejectedPaths(() => parseApiBody(QuoteApiRequest, body, 'Quote request')), ['editionId', 'participants', 'price']);
  });

  it('says what was validated and never quotes the rejected value', () => {
    try {
      parseApiBody(StatusChange, {status: 'lost', note: 'secret-value'}, 'Status change');
      assert.fail('expected a ValidationError');
    } catch (error) {
      assert.instanceOf(error, ValidationError);
      assert.match((error as Error).message, /^Status change is invalid: status must be one of/);
      assert.notInclude((error as Error).message, 'lost');
    }
  });
});

describe('QuoteApiRequest', () => {
  it('takes the membership claim an application carries', () => {
    const body: QuoteApiRequest = {editionId: 'diploma-internationalization-2025', country: 'EG', membership: {claim: 'member', memberId: 'cairo'}};
    assert.deepEqual(parseApiBody(QuoteApiRequest, body, 'Quote request'), body);
    const named = {editionId: 'diploma-internationalization-2025', country: 'EG', membership: {claim: 'not-sure', memberName: ' Cairo Governorate '}};
    assert.equal(parseApiBody(QuoteApiRequest, named, 'Quote request').membership?.memberName, 'Cairo Governorate');
  });

  it('refuses the old shape: a bare membership status and a top-level memberId', () => {
    assert.sameMembers(rejectedPaths(() => parseApiBody(QuoteApiRequest, {editionId: 'diploma-internationalization-2025', country: 'EG', membership: 'member', memberId: 'cairo'}, 'Quote request')), ['membership', 'memberId']);
    assert.deepEqual(rejectedPaths(() => parseApiBody(QuoteApiRequest, {editionId: 'diploma-internationalization-2025', country: 'EG', membership: {claim: 'yes'}}, 'Quote request')), ['membership.claim']);
  });
});

describe('MemberListQuery', () => {
  it('takes a name fragment of at most 100 characters and nothing else', () => {
    assert.deepEqual(parseApiBody(MemberListQuery, {q: 'cairo'}, 'Member query'), {q: 'cairo'});
    assert.deepEqual(rejectedPaths(() => parseApiBody(MemberListQuery, {q: 'x'.repeat(101)}, 'Member query')), ['q']);
    assert.deepEqual(rejectedPaths(() => parseApiBody(MemberListQuery, {limit: '5'}, 'Member query')), ['limit']);
  });
});

describe('MemberRecordList and ServerMeta', () => {
  it('accept what the server answers', () => {
    assert.deepEqual(parseApiBody(MemberRecordList, {items: []}, 'Members'), {items: []});
    assert.deepEqual(parseApiBody(ServerMeta, {demoDate: '2025-09-15', today: '2025-09-15'}, 'Meta'), {demoDate: '2025-09-15', today: '2025-09-15'});
  });

  it('refuse a day that does not exist', () => {
    assert.deepEqual(rejectedPaths(() => parseApiBody(ServerMeta, {today: '2025-02-30'}, 'Meta')), ['today']);
  });
});

describe('ApplicationListQuery', () => {
  it('takes the filters as query-string text and checks each', () => {
    assert.deepEqual(parseApiBody(ApplicationListQuery, {status: 'paid', limit: '200', q: ' Haddad '}, 'Query'), {status: 'paid', limit: '200', q: 'Haddad'});
    assert.sameMembers(rejectedPaths(() => parseApiBody(ApplicationListQuery, {status: 'lost', limit: '201', sort: 'name'}, 'Query')), ['status', 'limit', 'sort']);
    assert.deepEqual(rejectedPaths(() => parseApiBody(ApplicationListQuery, {limit: '0'}, 'Query')), ['limit']);
  });
});
