/**
 * The OpenAPI 3.1 document of the API. Components are generated from the SDK's zod schemas
 * with zod's own `toJSONSchema`, so they cannot drift from what the server validates; the
 * paths are assembled here.
 * @module
 */
import {readFileSync} from 'node:fs';
import * as z from 'zod/mini';
import * as sdk from '@metropolis-training/sdk';

/** The SDK schemas published as components, by name. */
const components = {
  Catalog: sdk.Catalog,
  QuoteApiRequest: sdk.QuoteApiRequest,
  Quote: sdk.Quote,
  ApplicationInput: sdk.ApplicationInput,
  ApplicationReceipt: sdk.ApplicationReceipt,
  ApplicationView: sdk.ApplicationView,
  Application: sdk.Application,
  ApplicationPage: sdk.ApplicationPage,
  ApplicationListQuery: sdk.ApplicationListQuery,
  StatusChange: sdk.StatusChange,
  ActionPreview: sdk.ActionPreview,
  AdminIdentity: sdk.AdminIdentity,
  EditionAdmissionsList: sdk.EditionAdmissionsList,
  ProposalInput: sdk.ProposalInput,
  ProposalReceipt: sdk.ProposalReceipt,
  Proposal: sdk.Proposal,
  ProposalPage: sdk.ProposalPage,
  ProposalListQuery: sdk.ProposalListQuery,
  ProposalStatusChange: sdk.ProposalStatusChange,
  Member: sdk.Member,
  MemberList: sdk.MemberList,
  MemberListQuery: sdk.MemberListQuery,
  MemberRecord: sdk.MemberRecord,
  MemberRecordList: sdk.MemberRecordList,
  ServerMeta: sdk.ServerMeta,
  ProblemDetails: sdk.ProblemDetails,
  Money: sdk.Money,
} as const;

type JsonSchema = Record<string, unknown>;

/** Every component as JSON Schema 2020-12 (OpenAPI 3.1's dialect), referring to each other by `$ref`. */
function componentSchemas(): Record<string, JsonSchema> {
  const registry = z.registry<{id: string}>();
  for (const [id, schema] of Object.entries(components)) registry.add(schema as z.ZodMiniType, {id});
  const {schemas} = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    // Request and response bodies are read as input (what a client sends or reads on the wire).
    io: 'input',
    // Refinements (real calendar dates, country codes) cannot be expressed; the prose says them.
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
  });
  const out: Record<string, JsonSchema> = {};
  for (const [id, schema] of Object.entries(schemas)) {
    // OpenAPI names components by key; the generator's $id and $schema would only confuse readers.
    const {$id: _id, $schema: _schema, ...rest} = schema as JsonSchema;
    out[id] = rest;
  }
  return out;
}

const ref = (name: keyof typeof components) => ({$ref: `#/components/schemas/${name}`});
const json = (name: keyof typeof components) => ({'application/json': {schema: ref(name)}});
const problem = (description: string) => ({description, content: {'application/problem+json': {schema: ref('ProblemDetails')}}});
const ok = (description: string, name: keyof typeof components) => ({description, content: json(name)});

const invalid = problem('Invalid input: `issues` names each bad field (JSON Schema failure, unknown field, unknown edition, …).');
const malformed = problem('The body is not valid JSON.');
const tooLarge = problem('The body is larger than MAX_BODY_BYTES.');
const wrongType = problem('The body is not declared as application/json.');
const limited = {...problem('Rate limited; retry after `Retry-After` seconds.'), headers: {'Retry-After': {schema: {type: 'integer'}}}};
const unauthorized = {...problem('Missing or wrong admin token.'), headers: {'WWW-Authenticate': {schema: {type: 'string'}}}};
const missing = problem('No such resource.');
const admin = [{adminToken: []}];
const etag = {ETag: {schema: {type: 'string'}, description: 'Strong ETag of the application’s version, e.g. "v3"; send it as If-Match to change the status.'}};
const ifMatchParam = {name: 'If-Match', in: 'header', required: true, schema: {type: 'string'}, description: 'The ETag of the version the admin saw (GET /v1/admin/applications/{id} or the last status answer).'};
const idParam = {name: 'id', in: 'path', required: true, schema: {type: 'string', format: 'uuid'}};
const memberIdParam = {name: 'id', in: 'path', required: true, schema: {type: 'string'}};

/** Query parameters from one of the SDK's query schemas, so the filters are documented where they are validated. */
function listParameters(schemas: Record<string, JsonSchema>, query: 'ApplicationListQuery' | 'MemberListQuery' | 'ProposalListQuery' = 'ApplicationListQuery'): unknown[] {
  const properties = (schemas[query]?.properties ?? {}) as Record<string, JsonSchema>;
  return Object.entries(properties).map(([name, schema]) => ({name, in: 'query', required: false, schema}));
}

function paths(schemas: Record<string, JsonSchema>): Record<string, unknown> {
  const body = (name: keyof typeof components) => ({required: true, content: json(name)});
  return {
    '/v1/catalog': {get: {
      operationId: 'getCatalog',
      summary: 'The catalog: providers, courses, editions, fee schedules.',
      parameters: [{name: 'lang', in: 'query', required: false, schema: {type: 'string', enum: [...sdk.UiLanguage.options]}, description: 'Only this language’s texts (and the English fallback): what a page in that language shows, fewer bytes. Without it, every language.'}],
      responses: {
        200: {...ok('The catalog.', 'Catalog'), headers: {ETag: {schema: {type: 'string'}}, 'Cache-Control': {schema: {type: 'string'}}}},
        304: {description: 'Not modified (If-None-Match matched the ETag).'},
        422: invalid,
      },
    }},
    '/v1/quotes': {post: {operationId: 'createQuote', summary: 'A price for an edition as of the server’s clock, priced exactly as an application with the same membership claim, country and participants.', requestBody: body('QuoteApiRequest'), responses: {
      200: ok('The quote.', 'Quote'), 400: malformed, 413: tooLarge, 415: wrongType, 422: invalid, 429: limited,
    }}},
    '/v1/applications': {post: {
      operationId: 'submitApplication',
      summary: 'Submits an application; the server prices it from its registry.',
      parameters: [{name: 'Idempotency-Key', in: 'header', required: false, schema: {type: 'string', minLength: 16, maxLength: 200}, description: 'A retry with the same key and body answers the first result (201 again, header Idempotent-Replayed: true); with another body, 422.'}],
      requestBody: body('ApplicationInput'),
      responses: {201: ok('Accepted and stored (answered after commit).', 'ApplicationReceipt'), 400: malformed, 413: tooLarge, 415: wrongType, 422: invalid, 429: limited},
    }},
    '/v1/proposals': {post: {
      operationId: 'submitProposal',
      summary: 'Proposes a learning activity (webinar, online course, in-person programme, Learning Hub); a confirmation of receipt is mailed in the proposal’s language.',
      parameters: [{name: 'Idempotency-Key', in: 'header', required: false, schema: {type: 'string', minLength: 16, maxLength: 200}, description: 'A retry with the same key and body answers the first result (201 again, header Idempotent-Replayed: true); with another body, 422.'}],
      requestBody: body('ProposalInput'),
      responses: {201: ok('Received and stored (answered after commit); reference MP-<year>-<number>.', 'ProposalReceipt'), 400: malformed, 413: tooLarge, 415: wrongType, 422: invalid, 429: limited},
    }},
    '/v1/applications/{id}': {get: {
      operationId: 'getOwnApplication',
      summary: 'The applicant’s own application.',
      parameters: [idParam, {name: 'token', in: 'query', required: true, schema: {type: 'string'}}],
      responses: {200: ok('The application.', 'ApplicationView'), 404: problem('Unknown id or wrong token (the same answer for both).')},
    }},
    '/v1/members': {get: {
      operationId: 'listMembers',
      summary: 'Member organizations (never their contribution status); with q, the first 20 whose name contains q, case and accents aside.',
      parameters: listParameters(schemas, 'MemberListQuery'),
      responses: {200: ok('The members.', 'MemberList'), 422: invalid},
    }},
    '/v1/meta': {get: {operationId: 'getMeta', summary: 'The server’s today, and its demo date if any.', responses: {200: ok('The clock.', 'ServerMeta')}}},
    '/v1/openapi.json': {get: {operationId: 'getOpenApi', summary: 'This document.', responses: {200: {description: 'OpenAPI 3.1.', content: {'application/json': {schema: {type: 'object'}}}}}}},
    '/v1/admin/applications': {get: {
      operationId: 'adminListApplications', summary: 'Applications, newest first, filtered and paged.', security: admin,
      parameters: listParameters(schemas),
      responses: {200: ok('A page.', 'ApplicationPage'), 401: unauthorized, 422: invalid},
    }},
    '/v1/admin/applications.csv': {get: {
      operationId: 'adminExportApplications', summary: 'The same filters, every match, as CSV (formula-guarded).', security: admin,
      parameters: listParameters(schemas).filter((p) => !['cursor', 'limit'].includes((p as {name: string}).name)),
      responses: {200: {description: 'RFC 4180 CSV with a header line.', content: {'text/csv': {schema: {type: 'string'}}}}, 401: unauthorized, 422: invalid},
    }},
    '/v1/admin/applications/{id}': {get: {
      operationId: 'adminGetApplication', summary: 'One application, with its audited history (who, when, from, to, note) and its invoice once invoiced.', security: admin, parameters: [idParam],
      responses: {200: {...ok('The application.', 'Application'), headers: etag}, 401: unauthorized, 404: missing},
    }},
    '/v1/admin/applications/{id}/status': {post: {
      operationId: 'adminChangeStatus',
      summary: 'Moves an application along its lifecycle (SDK applicationTransitions), recording who, when and from where; mails the applicant when admitted, invoiced (with the invoice number, allocated in the same transaction, and the bank details), paid and cancelled (with the refund the policy gives).',
      security: admin, parameters: [idParam, ifMatchParam],
      requestBody: body('StatusChange'),
      responses: {
        200: {...ok('The application after the change.', 'Application'), headers: etag}, 401: unauthorized, 404: missing,
        409: problem('The lifecycle does not allow this change (the detail names the allowed ones), or invoicing is not configured (the detail names the variables to set).'),
        412: problem('If-Match is stale (type …:conflict): the detail names who changed the application and when; reload it.'),
        422: invalid, 428: problem('If-Match is missing.'),
      },
    }},
    '/v1/admin/applications/{id}/preview': {post: {
      operationId: 'adminPreviewStatus', summary: 'What a status change would do — the refund of a cancellation, the mail it would queue — without doing anything.', security: admin, parameters: [idParam],
      requestBody: body('StatusChange'),
      responses: {200: ok('The preview.', 'ActionPreview'), 401: unauthorized, 404: missing, 409: problem('As the status route.'), 422: invalid},
    }},
    '/v1/admin/me': {get: {operationId: 'adminMe', summary: 'The admin the token belongs to (the console’s sign-in check).', security: admin, responses: {200: ok('The admin.', 'AdminIdentity'), 401: unauthorized}}},
    '/v1/admin/editions': {get: {
      operationId: 'adminListEditions', summary: 'Every catalog edition, latest start first, with its applications counted by status, its capacity and its special-fee places (quota, used).', security: admin,
      responses: {200: ok('The editions.', 'EditionAdmissionsList'), 401: unauthorized},
    }},
    '/v1/invoices/{id}': {get: {
      operationId: 'getInvoice', summary: 'The printable invoice of an application (HTML, A4 print CSS, the applicant’s language): a capability URL, the `url` of `Application.invoice`.',
      parameters: [idParam, {name: 'key', in: 'query', required: true, schema: {type: 'string'}}],
      responses: {200: {description: 'The invoice page (Cache-Control: no-store; X-Robots-Tag: noindex).', content: {'text/html': {schema: {type: 'string'}}}}, 404: problem('Unknown id, not invoiced, or wrong key (the same answer for all).')},
    }},
    '/v1/admin/proposals': {get: {
      operationId: 'adminListProposals', summary: 'Proposals, newest first, filtered (status, format, theme, country, text) and paged.', security: admin,
      parameters: listParameters(schemas, 'ProposalListQuery'),
      responses: {200: ok('A page.', 'ProposalPage'), 401: unauthorized, 422: invalid},
    }},
    '/v1/admin/proposals/{id}': {get: {
      operationId: 'adminGetProposal', summary: 'One proposal, with its history.', security: admin, parameters: [idParam],
      responses: {200: ok('The proposal.', 'Proposal'), 401: unauthorized, 404: missing},
    }},
    '/v1/admin/proposals/{id}/status': {post: {
      operationId: 'adminChangeProposalStatus', summary: 'Moves a proposal along its transitions (received → under-review → accepted or declined) and mails the proposer the decision and note.', security: admin, parameters: [idParam],
      requestBody: body('ProposalStatusChange'),
      responses: {200: ok('The proposal after the change.', 'Proposal'), 401: unauthorized, 404: missing, 409: problem('The transitions do not allow this change (the detail names from and to).'), 415: wrongType, 422: invalid},
    }},
    '/v1/admin/proposals/{id}/schedule': {post: {
      operationId: 'adminScheduleProposal', summary: 'Makes a draft course and edition (and the proposer’s organization as a partner provider, if new) from an accepted proposal; not served until published. Again on a scheduled proposal: answered as it is.', security: admin, parameters: [idParam],
      responses: {200: ok('The proposal, with `scheduled`.', 'Proposal'), 401: unauthorized, 404: missing, 409: problem('The proposal is not accepted.')},
    }},
    '/v1/admin/proposals/{id}/publish': {post: {
      operationId: 'adminPublishProposal', summary: 'Adds the scheduled course and edition to the catalog served by /v1/catalog and /catalog*.json (new ETag). Again: answered as it is.', security: admin, parameters: [idParam],
      responses: {200: ok('The proposal, with `scheduled.published` true.', 'Proposal'), 401: unauthorized, 404: missing, 409: problem('The proposal is not scheduled.')},
    }},
    '/v1/admin/members': {get: {operationId: 'adminListMembers', summary: 'The registry, with contribution status.', security: admin, responses: {200: ok('The members.', 'MemberRecordList'), 401: unauthorized}}},
    '/v1/admin/members/{id}': {
      get: {operationId: 'adminGetMember', summary: 'One member.', security: admin, parameters: [memberIdParam], responses: {200: ok('The member.', 'MemberRecord'), 401: unauthorized, 404: missing}},
      put: {operationId: 'adminPutMember', summary: 'Creates or replaces a member (body id = path id); audited (admin_audit: who, when, which member).', security: admin, parameters: [memberIdParam], requestBody: body('MemberRecord'),
        responses: {200: ok('Replaced.', 'MemberRecord'), 201: ok('Created.', 'MemberRecord'), 401: unauthorized, 422: invalid}},
      delete: {operationId: 'adminDeleteMember', summary: 'Removes a member; audited.', security: admin, parameters: [memberIdParam], responses: {204: {description: 'Deleted.'}, 401: unauthorized, 404: missing}},
    },
  };
}

/** The OpenAPI 3.1 document. */
export function openApiDocument(): Record<string, unknown> {
  const schemas = componentSchemas();
  const {version} = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string};
  return {
    openapi: '3.1.0',
    info: {
      title: 'Metropolis Training API',
      version,
      description: 'Reference server of Metropolis Training: catalog, quotes, applications, admissions, activity proposals. Errors are RFC 9457 problem+json. See docs/server.md.',
      license: {name: 'MIT', identifier: 'MIT'},
    },
    paths: paths(schemas),
    components: {
      schemas,
      securitySchemes: {adminToken: {type: 'http', scheme: 'bearer', description: 'A named admin’s token: ADMIN_TOKEN (the admin named admin), one of ADMIN_TOKENS, or one created with the admin-token command. Revoked tokens get 401.'}},
    },
  };
}
