-- The admissions console (issue 15): named admin tokens, a version per application for
-- If-Match, invoices numbered per year, and the audit of member-registry changes. Runs
-- unchanged on PGlite and PostgreSQL.

-- Admin tokens created with `npm run admin-token -- create <name>`: only the SHA-256 of the
-- token is kept. A revoked token stays listed (who had access, until when) and answers 401;
-- creating the name again replaces it with a new token.
CREATE TABLE admin_tokens (
  name text PRIMARY KEY,
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);

-- Bumped by every status change: the ETag of an application, checked against If-Match under
-- the row lock, so two admins (or two instances) cannot both change the same version.
ALTER TABLE applications ADD COLUMN version integer NOT NULL DEFAULT 1;

-- The invoice, from the transition to invoiced on: its number (2026-0001), the day of issue in
-- INVOICE_TIME_ZONE, and the key of its capability URL.
ALTER TABLE applications ADD COLUMN invoice_number text UNIQUE;
ALTER TABLE applications ADD COLUMN invoice_issued_on text;
ALTER TABLE applications ADD COLUMN invoice_key text;

-- The last invoice number given in each calendar year. Invoicing takes the next one with an
-- upsert inside the status change's transaction, which locks the year's row until it commits:
-- two instances never give one number twice, and a transaction that rolls back gives its
-- number back (a sequence would leave a gap; invoices must have none).
CREATE TABLE invoice_numbers (
  year integer PRIMARY KEY,
  last integer NOT NULL CHECK (last > 0)
);

-- Who changed the member registry and when: the admin's name, the action and the member id
-- (an organization, not a person). Never personal data.
CREATE TABLE admin_audit (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL,
  admin text NOT NULL,
  action text NOT NULL,
  target text NOT NULL
);
