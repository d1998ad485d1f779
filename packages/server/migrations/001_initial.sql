-- The reference server's first schema. Runs unchanged on PGlite and PostgreSQL.
-- Money is stored inside the quote/paid/refund JSON as integer minor units, never floats.
-- Documents are `json`, not `jsonb`, so they come back with their keys in the SDK's order.

-- The member registry: membership is decided here, never from what an applicant claims.
CREATE TABLE members (
  id text PRIMARY KEY,
  name text NOT NULL,
  -- The name folded for matching free text: lower case, accents removed, single spaces.
  name_key text NOT NULL,
  city text NOT NULL,
  country text NOT NULL,
  -- Last year whose contributions are paid; NULL when none are.
  contributions_paid_through integer,
  -- True for the demo registry seeded by SEED_DEMO_MEMBERS: sample data, not real membership.
  sample boolean NOT NULL DEFAULT false,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX members_name_key_idx ON members (name_key);

-- Numbers for the human references (MT-2025-0042); gaps after a rollback are harmless.
CREATE SEQUENCE application_number_seq;

CREATE TABLE applications (
  id uuid PRIMARY KEY,
  number bigint NOT NULL UNIQUE,
  reference text NOT NULL UNIQUE,
  edition_id text NOT NULL,
  status text NOT NULL,
  lang text NOT NULL,
  submitted_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  -- sha256 of the applicant's token; the token itself is never stored.
  token_hash text NOT NULL,
  applicant json NOT NULL,
  group_members json NOT NULL,
  membership_claim json NOT NULL,
  -- As the registry decided it: member, member-in-arrears or non-member.
  membership text NOT NULL,
  member_id text,
  motivation text NOT NULL,
  consent json NOT NULL,
  quote json NOT NULL,
  -- Special-fee places this application holds; back to 0 when it releases them.
  special_fee_places_held integer NOT NULL DEFAULT 0 CHECK (special_fee_places_held >= 0),
  paid json,
  refund json,
  history json NOT NULL
);
CREATE INDEX applications_newest_idx ON applications (submitted_at DESC, id DESC);
CREATE INDEX applications_edition_idx ON applications (edition_id, status);

-- One row per edition whose special fee has a quota: locked FOR UPDATE while a place is allocated.
CREATE TABLE special_fee_places (
  edition_id text PRIMARY KEY,
  used integer NOT NULL DEFAULT 0 CHECK (used >= 0)
);

-- Idempotency-Key of POST /v1/applications, stored hashed; the primary key makes concurrent
-- retries wait for the first and then read its result.
CREATE TABLE idempotency_keys (
  key_hash text PRIMARY KEY,
  request_hash text NOT NULL,
  application_id uuid REFERENCES applications (id),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Mail to send, written in the same transaction as what it reports.
CREATE TABLE outbox (
  id bigserial PRIMARY KEY,
  application_id uuid REFERENCES applications (id),
  recipient text NOT NULL,
  subject text NOT NULL,
  body text NOT NULL,
  lang text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  attempts integer NOT NULL DEFAULT 0,
  -- When a sender may (re)try; a sender that claims a row pushes it forward as a lease.
  -- NULL once the sender gave up.
  next_attempt_at timestamptz DEFAULT now(),
  last_error text,
  sent_at timestamptz
);
CREATE INDEX outbox_pending_idx ON outbox (next_attempt_at) WHERE sent_at IS NULL;
