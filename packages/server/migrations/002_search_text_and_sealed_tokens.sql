-- What the admin search reads: the applicant's name, email and organization as plain text,
-- written by the server (control and broken characters removed) so no stored value can make
-- a search fail. NULL for rows stored before this migration until the server fills them in at
-- start (searchText in applications/records.ts).
ALTER TABLE applications ADD COLUMN search_text text;

-- The applicant's token for a retry with the same Idempotency-Key, sealed (AES-256-GCM) with
-- a key derived from that Idempotency-Key and the request body: the token itself is random and
-- only its hash is in applications. NULL for keys stored before this migration, whose token was
-- derived from the key.
ALTER TABLE idempotency_keys ADD COLUMN token_sealed text;
