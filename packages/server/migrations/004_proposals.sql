-- Activity proposals (issue 14): what members and partners offer, the Secretariat's decisions,
-- and the draft courses and editions made from accepted ones. Runs unchanged on PGlite and
-- PostgreSQL; documents are `json` (not `jsonb`), so they come back with the SDK's key order.

-- The last reference number given in each year (MP-2026-0001, MP-2026-0002, …). A submission
-- takes the next one with an upsert, which locks the year's row until it commits: two instances
-- never give one number twice, and a number taken by a transaction that rolled back was never
-- shown to anyone (the receipt is answered after the commit), so the next proposal gets it.
CREATE TABLE proposal_numbers (
  year integer PRIMARY KEY,
  last integer NOT NULL CHECK (last > 0)
);

CREATE TABLE proposals (
  id uuid PRIMARY KEY,
  year integer NOT NULL,
  number integer NOT NULL,
  reference text NOT NULL UNIQUE,
  status text NOT NULL,
  lang text NOT NULL,
  received_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  proposer json NOT NULL,
  activity json NOT NULL,
  partners json NOT NULL,
  offer json NOT NULL,
  learning_hub json,
  consent json NOT NULL,
  history json NOT NULL,
  -- What the admin filters read, written by the server from the documents: the activity's
  -- format, the proposer's country, the themes (a json array of catalog themes) and the search
  -- text (names, email, organization, title; control and broken characters removed).
  format text NOT NULL,
  country text NOT NULL,
  themes json NOT NULL,
  search_text text NOT NULL,
  -- Once scheduled: the draft course and edition made from it (catalog_overlay).
  course_id text,
  edition_id text,
  -- Once published: when its course and edition joined the served catalog.
  published_at timestamptz,
  UNIQUE (year, number)
);
CREATE INDEX proposals_newest_idx ON proposals (received_at DESC, id DESC);
CREATE INDEX proposals_status_idx ON proposals (status);

-- Idempotency-Key of POST /v1/proposals, hashed, as idempotency_keys is for applications.
CREATE TABLE proposal_idempotency_keys (
  key_hash text PRIMARY KEY,
  request_hash text NOT NULL,
  proposal_id uuid REFERENCES proposals (id),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Mail about a proposal (its receipt, a decision) goes through the same outbox.
ALTER TABLE outbox ADD COLUMN proposal_id uuid REFERENCES proposals (id);

-- Catalog records made from accepted proposals (providers, courses, editions, each an SDK
-- record as JSON), added to the catalog the server was started with. Drafts until published;
-- the served catalog is the base plus the published rows, in (created_at, kind, id) order.
CREATE TABLE catalog_overlay (
  kind text NOT NULL CHECK (kind IN ('provider', 'course', 'edition')),
  id text NOT NULL,
  record json NOT NULL,
  proposal_id uuid NOT NULL REFERENCES proposals (id),
  created_at timestamptz NOT NULL,
  published_at timestamptz,
  PRIMARY KEY (kind, id)
);
