import assert from 'node:assert/strict';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {sampleCatalog} from '@metropolis-training/sdk';
import {ConfigError, configFromEnv} from './config.js';

function problems(env: Record<string, string>): string[] {
  try {
    configFromEnv(env);
  } catch (error) {
    assert.ok(error instanceof ConfigError);
    return [...error.problems];
  }
  assert.fail('expected a ConfigError');
}

describe('configuration from the environment', () => {
  const dir = mkdtempSync(join(tmpdir(), 'metropolis-config-test-'));
  after(() => rmSync(dir, {recursive: true, force: true}));

  it('has defaults for everything', () => {
    const config = configFromEnv({});
    assert.equal(config.port, 8080);
    assert.equal(config.host, '127.0.0.1');
    assert.match(config.dataDir, /data$/);
    assert.equal(config.databaseUrl, undefined);
    assert.equal(config.maxBodyBytes, 262_144);
    assert.equal(config.requestTimeoutMs, 30_000);
    assert.equal(config.headersTimeoutMs, 10_000);
    assert.equal(config.maxConnections, 1000);
    assert.equal(config.rateLimit, 60);
    assert.equal(config.trustProxy, 0);
    assert.equal(config.seedDemoMembers, false);
    assert.equal(config.demoDate, undefined);
    assert.deepEqual(config.allowedOrigins, []);
    assert.equal(config.catalog, sampleCatalog);
    assert.match(config.publicDir ?? '', /examples\/?$/);
  });

  it('generates an admin token when none is set, a different one each start', () => {
    const a = configFromEnv({});
    const b = configFromEnv({});
    assert.equal(a.adminTokenGenerated, true);
    assert.ok((a.adminToken ?? "").length >= 32);
    assert.notEqual(a.adminToken, b.adminToken);
    const set = configFromEnv({ADMIN_TOKEN: 'a-long-enough-admin-token'});
    assert.equal(set.adminTokenGenerated, false);
    assert.equal(set.adminToken, 'a-long-enough-admin-token');
  });

  it('reads every variable', () => {
    const config = configFromEnv({
      PORT: '0', HOST: '0.0.0.0', DATABASE_URL: 'postgres://u:p@db.example:5432/training', ALLOWED_ORIGINS: 'https://a.example, http://localhost:3000',
      SMTP_URL: 'smtp://127.0.0.1:2525', MAIL_FROM: 'Training <training@example.org>', MAX_BODY_BYTES: '4096', RATE_LIMIT: '0', TRUST_PROXY: '1',
      REQUEST_TIMEOUT_MS: '20000', HEADERS_TIMEOUT_MS: '5000', MAX_CONNECTIONS: '200',
      DEMO_DATE: '2025-09-15', SEED_DEMO_MEMBERS: '1', PUBLIC_DIR: dir,
    });
    assert.equal(config.port, 0);
    assert.deepEqual(config.allowedOrigins, ['https://a.example', 'http://localhost:3000']);
    assert.equal(config.maxBodyBytes, 4096);
    assert.deepEqual([config.requestTimeoutMs, config.headersTimeoutMs, config.maxConnections], [20_000, 5000, 200]);
    assert.equal(config.rateLimit, 0);
    assert.equal(config.trustProxy, 1);
    assert.equal(config.demoDate, '2025-09-15');
    assert.equal(config.seedDemoMembers, true);
    assert.equal(config.publicDir, dir);
  });

  it('refuses a headers timeout above the request timeout, and limits out of range', () => {
    assert.deepEqual(problems({REQUEST_TIMEOUT_MS: '5000', HEADERS_TIMEOUT_MS: '6000'}).map((p) => p.split(' ')[0]), ['HEADERS_TIMEOUT_MS']);
    assert.deepEqual(problems({REQUEST_TIMEOUT_MS: '0', MAX_CONNECTIONS: '0'}).map((p) => p.split(' ')[0]), ['REQUEST_TIMEOUT_MS', 'MAX_CONNECTIONS']);
  });

  it('lists every bad variable at once, without echoing secrets', () => {
    const found = problems({
      PORT: 'eighty', DEMO_DATE: '2025-02-30', ALLOWED_ORIGINS: 'https://a.example/', DATABASE_URL: 'mysql://user:hunter2@db/x',
      ADMIN_TOKEN: 'short', MAX_BODY_BYTES: '-1', SEED_DEMO_MEMBERS: 'yes', SMTP_URL: 'http://mail', PUBLIC_DIR: join(dir, 'missing'),
    });
    assert.deepEqual(found.map((p) => p.split(/[\s:]/)[0]), ['PORT', 'DATABASE_URL', 'ADMIN_TOKEN', 'ALLOWED_ORIGINS', 'SMTP_URL', 'MAX_BODY_BYTES', 'DEMO_DATE', 'SEED_DEMO_MEMBERS', 'PUBLIC_DIR']);
    assert.ok(!found.join('\n').includes('hunter2'));
  });

  it('reads CATALOG_FILE and names the bad field when it is invalid', () => {
    const good = join(dir, 'catalog.json');
    writeFileSync(good, JSON.stringify(sampleCatalog));
    assert.deepEqual(configFromEnv({CATALOG_FILE: good}).catalog, sampleCatalog);

    const broken = structuredClone(sampleCatalog);
    const edition = broken.editions[0]!;
    if (edition.dates.kind === 'fixed') edition.dates.end = '2000-01-01';
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify(broken));
    const [problem] = problems({CATALOG_FILE: bad});
    assert.match(problem ?? '', /^CATALOG_FILE .*Catalog is invalid: editions\[0\]\.dates\.end must not be before dates\.start/);

    const notJson = join(dir, 'not.json');
    writeFileSync(notJson, '{');
    assert.match(problems({CATALOG_FILE: notJson})[0] ?? '', /^CATALOG_FILE .*JSON/);
    assert.match(problems({CATALOG_FILE: join(dir, 'none.json')})[0] ?? '', /ENOENT/);
  });

  it('reads named admin tokens from ADMIN_TOKENS, naming the variable and never the token in errors', () => {
    const config = configFromEnv({ADMIN_TOKEN: 'the-admin-token-0123', ADMIN_TOKENS: 'maria:maria-token-0123456789, joan.p:joan-token-0123456789'});
    assert.deepEqual(config.adminTokens, [{name: 'maria', token: 'maria-token-0123456789'}, {name: 'joan.p', token: 'joan-token-0123456789'}]);
    assert.equal(config.adminToken, 'the-admin-token-0123');
    const onlyNamed = configFromEnv({ADMIN_TOKENS: 'maria:maria-token-0123456789'});
    assert.equal(onlyNamed.adminToken, undefined, 'no generated admin when named tokens are set');
    assert.equal(onlyNamed.adminTokenGenerated, false);
    const bad = problems({ADMIN_TOKEN: 'the-admin-token-0123', ADMIN_TOKENS: 'Maria:maria-token-0123456789,joan:short-secret,nocolon,admin:another-token-0123456'});
    assert.equal(bad.length, 4);
    for (const problem of bad) assert.match(problem, /^ADMIN_TOKENS/);
    assert.ok(!bad.join(' ').includes('short-secret'));
    assert.match(problems({ADMIN_TOKENS: 'a:same-token-0123456789,b:same-token-0123456789'})[0] ?? '', /same token/);
  });

  it('reads the invoice issuer and bank details, checking the IBAN, the BIC and that all are set', () => {
    const config = configFromEnv({INVOICE_ISSUER: 'Metropolis | Avinyó 15 | 08002 Barcelona', BANK_ACCOUNT_HOLDER: 'Metropolis', BANK_IBAN: 'es9121000418450200051332', BANK_BIC: 'caixesbbxxx', BANK_NAME: 'CaixaBank'});
    assert.deepEqual(config.invoiceIssuer, ['Metropolis', 'Avinyó 15', '08002 Barcelona']);
    assert.deepEqual(config.bankTransfer, {accountHolder: 'Metropolis', iban: 'ES91 2100 0418 4502 0005 1332', bic: 'CAIXESBBXXX', bankName: 'CaixaBank'});
    assert.equal(config.invoiceTimeZone, 'Europe/Madrid');
    assert.equal(configFromEnv({}).bankTransfer, undefined);
    assert.match(problems({BANK_IBAN: 'ES91 2100 0418 4502 0005 1332'})[0] ?? '', /^BANK_ACCOUNT_HOLDER, BANK_BIC, BANK_NAME must be set too/);
    const bad = problems({BANK_ACCOUNT_HOLDER: 'M', BANK_IBAN: 'ES92 2100 0418 4502 0005 1332', BANK_BIC: 'CAIX', BANK_NAME: 'B', INVOICE_ISSUER: 'Only a name', INVOICE_TIME_ZONE: 'Mars/Olympus', PUBLIC_URL: 'ftp://x'});
    assert.deepEqual(bad.map((p) => p.split(' ')[0]), ['INVOICE_ISSUER', 'BANK_IBAN', 'BANK_BIC', 'INVOICE_TIME_ZONE', 'PUBLIC_URL']);
  });
});
