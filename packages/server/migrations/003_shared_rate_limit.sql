-- Rate-limit buckets shared by every instance on one PostgreSQL database (PGlite keeps them in
-- the process's memory). Keyed by an HMAC of the client address, never the address itself, and
-- forgotten once full again (a few minutes after a client's last request).
CREATE TABLE rate_limit_buckets (
  key_hash text PRIMARY KEY,
  tokens double precision NOT NULL,
  -- Whether the last request took a token (false: it was refused).
  taken boolean NOT NULL,
  updated_at timestamptz NOT NULL
);

-- Random values the instances of one deployment share, created on first use.
CREATE TABLE server_secrets (
  name text PRIMARY KEY,
  value text NOT NULL
);
