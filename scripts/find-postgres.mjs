// A PostgreSQL for the server's tests: Debian's cluster, installed (as root, with apt-get) and
// started when needed, with a role and a database of its own. Returns a connection URL, or
// undefined with the reason when there is none to be had (not root, not Debian, …).
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, readdirSync} from 'node:fs';

const ROLE = 'metropolis_test';
const DATABASE = 'metropolis_test';
// Loopback only, a throwaway role for throwaway schemas: the password guards nothing else.
const PASSWORD = 'metropolis_test';

function run(command, args, options = {}) {
  return execFileSync(command, args, {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options});
}

function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], {stdio: 'ignore'}).status === 0;
}

const isRoot = () => process.getuid?.() === 0;

/** Installed major versions, highest first (from /etc/postgresql/<major>). */
function installedVersions() {
  if (!existsSync('/etc/postgresql')) return [];
  return readdirSync('/etc/postgresql').filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
}

/** Whether a PostgreSQL server is installed here (Debian's cluster tools and a version). */
export function localPostgresInstalled() {
  return has('pg_ctlcluster') && installedVersions().length > 0;
}

function psql(sql) {
  return run('runuser', ['-u', 'postgres', '--', 'psql', '-X', '-q', '-t', '-A', '-v', 'ON_ERROR_STOP=1', '-c', sql], {cwd: '/'});
}

/**
 * Installs (if `install`), starts and prepares PostgreSQL; returns `{url}` or `{reason}`.
 * Needs root: the cluster is Debian's, owned by the postgres user.
 */
export function ensurePostgres({install}) {
  if (!isRoot()) return {reason: 'not running as root, so the local cluster cannot be started or prepared'};
  if (!localPostgresInstalled()) {
    if (!install) return {reason: 'PostgreSQL is not installed'};
    if (!has('apt-get')) return {reason: 'PostgreSQL is not installed and apt-get is not available'};
    console.log('Installing PostgreSQL (apt-get install postgresql)…');
    const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'};
    let result = spawnSync('apt-get', ['install', '-y', '-q', 'postgresql'], {stdio: 'inherit', env});
    if (result.status !== 0) {
      spawnSync('apt-get', ['update', '-q'], {stdio: 'inherit', env});
      result = spawnSync('apt-get', ['install', '-y', '-q', 'postgresql'], {stdio: 'inherit', env});
    }
    if (result.status !== 0 || !localPostgresInstalled()) return {reason: 'apt-get install postgresql failed'};
  }
  const version = installedVersions()[0];
  try {
    if (!existsSync(`/etc/postgresql/${version}/main`)) run('pg_createcluster', [version, 'main']);
    const status = spawnSync('pg_ctlcluster', [version, 'main', 'status'], {stdio: 'ignore'});
    if (status.status !== 0) run('pg_ctlcluster', [version, 'main', 'start']);
    const port = run('runuser', ['-u', 'postgres', '--', 'psql', '-X', '-t', '-A', '-c', 'SHOW port'], {cwd: '/'}).trim() || '5432';
    psql(`DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${ROLE}') THEN CREATE ROLE ${ROLE} LOGIN PASSWORD '${PASSWORD}'; END IF; END $$;`);
    if (psql(`SELECT 1 FROM pg_database WHERE datname = '${DATABASE}'`).trim() !== '1') psql(`CREATE DATABASE ${DATABASE} OWNER ${ROLE}`);
    return {url: `postgres://${ROLE}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`};
  } catch (error) {
    return {reason: `PostgreSQL ${version} could not be started or prepared: ${String(error.stderr || error.message).trim()}`};
  }
}
