#!/usr/bin/env node
// Conformance of the real server with docs/api/openapi.yaml: starts helpline-server on a fresh
// embedded store, walks through every route of the spec (sign-in, enrolment, sync, every
// administration route, and the usual errors), and checks each answer: the status is the one
// expected, the spec documents that status, and the body (and Retry-After where the spec requires
// it) follows the documented schema. At the end every operation of the spec must have been
// called at least once, so a route added to the spec needs a call here.
//
//   node tests/api/check-server-answers.mjs --server build/default/server/helpline-server
//
// Prints one line per call and a closing "N passed, M failed"; exit status 1 when any failed.
// Needs tools/openapi/node_modules (scripts/setup) for the spec bundler and the JSON Schema
// validator that Redocly itself uses; nothing else.

import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const sourceDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const serverExe = option('--server');
const specPath = resolve(option('--spec', join(sourceDir, 'docs', 'api', 'openapi.yaml')));
if (!serverExe) {
  process.stderr.write('usage: check-server-answers.mjs --server PATH [--spec openapi.yaml]\n');
  process.exit(2);
}

// The Redocly packages, resolved the way the CLI resolves them (see list-spec-routes.mjs).
function redoclyRequire() {
  const toolsRequire = createRequire(join(sourceDir, 'tools', 'openapi', 'package.json'));
  const cliDir = dirname(toolsRequire.resolve('@redocly/cli/package.json'));
  return createRequire(
    createRequire(join(cliDir, 'package.json')).resolve('@redocly/openapi-core/package.json'));
}
let core, Ajv2020;
try {
  const coreRequire = redoclyRequire();
  core = coreRequire('./lib/index.js');
  Ajv2020 = coreRequire('@redocly/ajv/dist/2020').default;
} catch (error) {
  process.stderr.write(`check-server-answers: cannot load the Redocly tools (${error.message}); ` +
                       'run scripts/setup\n');
  process.exit(1);
}

const config = await core.loadConfig({
  configPath: join(sourceDir, 'tools', 'openapi', 'redocly.yaml'),
});
const spec = (await core.bundle({ ref: specPath, config, dereference: true })).bundle.parsed;
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
const validators = new Map();
function validatorFor(schema) {
  if (!validators.has(schema)) validators.set(schema, ajv.compile(schema));
  return validators.get(schema);
}

const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const called = new Set();
let passed = 0;
let failed = 0;

function report(ok, line, why) {
  if (ok) {
    passed++;
    console.log(`ok    ${line}`);
  } else {
    failed++;
    console.log(`FAIL  ${line}: ${why}`);
  }
}

// What the spec says about `status` of `method route`: null when it is fine, else the problem.
function checkAgainstSpec(method, route, status, headers, contentType, text) {
  const item = spec.paths[route];
  const operation = item && item[method.toLowerCase()];
  if (!operation) return `the spec has no ${method} ${route}`;
  const response = operation.responses[String(status)];
  if (!response) return `the spec documents no ${status} for ${method} ${route}`;
  for (const [name, header] of Object.entries(response.headers ?? {}))
    if (header.required && !headers.get(name)) return `the ${name} header is missing`;
  if (!response.content) return text.length ? `a body where the spec has none: ${text}` : null;
  const media = response.content[contentType];
  if (!media) return `a ${contentType || 'body without type'} where the spec has ` +
                     Object.keys(response.content).join(', ');
  let value = text;
  if (contentType === 'application/json') {
    try {
      value = JSON.parse(text);
    } catch {
      return `not JSON: ${text.slice(0, 200)}`;
    }
  }
  const validate = validatorFor(media.schema);
  if (!validate(value))
    return 'the body does not follow the schema: ' +
           validate.errors.slice(0, 3).map((e) => `${e.instancePath || '/'} ${e.message}`)
               .join('; ') + ` (${text.slice(0, 300)})`;
  return null;
}

let base;
// Calls `method path` (route = the spec's path template), expects the status `expected` (or one
// of a list), checks the answer against the spec and returns the parsed JSON body (or the text).
let lastStatus = 0;
async function call(expected, method, route, path, body, token, extraHeaders = {}) {
  called.add(`${method} ${route}`);
  const headers = { ...extraHeaders };
  if (token) headers.Authorization = `Bearer ${token}`;
  let payload;
  if (body !== undefined) {
    payload = typeof body === 'string' ? body : JSON.stringify(body);
    headers['Content-Type'] ??= 'application/json';
  }
  const line = `${method} ${path} -> `;
  let res;
  try {
    res = await fetch(base + path, { method, headers, body: payload });
  } catch (error) {
    report(false, line + '?', error.message);
    return null;
  }
  const text = await res.text();
  const contentType = (res.headers.get('content-type') ?? '').split(';')[0].trim();
  lastStatus = res.status;
  const allowed = [expected].flat();
  const problem = !allowed.includes(res.status)
    ? `expected ${allowed.join(' or ')} (${text.slice(0, 300)})`
    : checkAgainstSpec(method, route, res.status, res.headers, contentType, text);
  report(!problem, line + res.status, problem);
  if (contentType === 'application/json' && text) {
    try {
      return JSON.parse(text);
    } catch {
      return null;
    }
  }
  return text;
}

// --- the server --------------------------------------------------------------------------------
const dataDir = mkdtempSync(join(tmpdir(), 'hlapi-'));
const adminPassword = 'correct horse battery staple';
let server;
async function startServer() {
  const init = spawnSync(serverExe, ['init', '--data', dataDir, '--office', 'baku',
                                     '--office-name', 'Baku office', '--admin', 'aysel',
                                     '--admin-name', 'Aysel Hasanova', '--password-stdin',
                                     '--test-fast-hashing'],
                         { input: adminPassword + '\n', encoding: 'utf8' });
  if (init.status !== 0) throw new Error(`init failed: ${init.stderr}`);
  server = spawn(serverExe, ['serve', '--data', dataDir, '--listen', '127.0.0.1:0',
                             '--test-fast-hashing', '--no-access-log'],
                 { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise((resolvePort, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`no "listening" line: ${out}`)), 30000);
    server.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /listening on https?:\/\/[^\s]*:(\d+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolvePort(match[1]);
      }
    });
    server.on('exit', (code) => reject(new Error(`the server exited (${code}): ${out}`)));
  });
  base = `http://127.0.0.1:${port}`;
}
function cli(...commandArgs) {
  const run = spawnSync(serverExe, [...commandArgs, '--data', dataDir, '--test-fast-hashing'],
                        { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${commandArgs.join(' ')}: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

// --- the walk through the API ------------------------------------------------------------------
async function walk() {
  await call(200, 'GET', '/v1/health', '/v1/health');

  // Enrolment and sign-in of the administrator's desk.
  const code = cli('devices', 'issue-code', '--office', 'baku', '--name', 'Desk 1').code;
  const desk = await call(201, 'POST', '/v1/devices/enrol', '/v1/devices/enrol',
                          { code, device_name: 'Desk 1' });
  await call(401, 'POST', '/v1/devices/enrol', '/v1/devices/enrol',
             { code, device_name: 'Desk 1' });
  await call(400, 'POST', '/v1/devices/enrol', '/v1/devices/enrol', { code, device: 'x' });
  const device = { device_id: desk.device_id, device_secret: desk.device_secret };
  await call(401, 'POST', '/v1/auth/sign-in', '/v1/auth/sign-in',
             { username: 'aysel', password: 'not the password', ...device });
  await call(400, 'POST', '/v1/auth/sign-in', '/v1/auth/sign-in',
             { username: 'aysel', password: adminPassword, ...device, remember_me: true });
  const admin = await call(200, 'POST', '/v1/auth/sign-in', '/v1/auth/sign-in',
                           { username: 'aysel', password: adminPassword, ...device,
                             request_escrow: true });
  const token = admin.access_token;
  await call(200, 'GET', '/v1/me', '/v1/me', undefined, token);
  await call(401, 'GET', '/v1/me', '/v1/me', undefined, 'hla_not_a_token');

  // Administration.
  await call(200, 'GET', '/v1/admin/accounts', '/v1/admin/accounts', undefined, token);
  const newAccount = { username: 'leyla.m', display_name: 'Leyla Mammadova', role: 'counsellor',
                       office_id: 'baku', password: adminPassword };
  const leyla = await call(201, 'POST', '/v1/admin/accounts', '/v1/admin/accounts', newAccount,
                           token);
  await call(409, 'POST', '/v1/admin/accounts', '/v1/admin/accounts', newAccount, token);
  const accountRoute = (verb) => `/v1/admin/accounts/{id}/${verb}`;
  const accountPath = (verb) => `/v1/admin/accounts/${leyla.id}/${verb}`;
  await call(200, 'POST', accountRoute('role'), accountPath('role'), { role: 'supervisor' }, token);
  await call(200, 'POST', accountRoute('role'), accountPath('role'), { role: 'counsellor' }, token);
  await call(200, 'POST', accountRoute('disable'), accountPath('disable'), {}, token);
  await call(200, 'POST', accountRoute('enable'), accountPath('enable'), {}, token);
  await call(200, 'POST', accountRoute('reset-password'), accountPath('reset-password'),
             { password: 'another long passphrase' }, token);
  await call(400, 'POST', accountRoute('reset-password'), accountPath('reset-password'),
             { password: 'short' }, token);
  await call(404, 'POST', accountRoute('enable'),
             '/v1/admin/accounts/0193a000-0000-7000-8000-0000000000ff/enable', {}, token);
  await call(200, 'GET', '/v1/admin/offices', '/v1/admin/offices', undefined, token);
  await call(201, 'POST', '/v1/admin/offices', '/v1/admin/offices',
             { id: 'ganja', name: 'Ganja office' }, token);
  await call(409, 'POST', '/v1/admin/offices', '/v1/admin/offices',
             { id: 'ganja', name: 'Ganja office' }, token);
  await call(200, 'POST', '/v1/admin/offices/{id}/rules', '/v1/admin/offices/baku/rules',
             { closure_needs_approval: true, new_counsellor_weeks: 6 }, token);
  await call(400, 'POST', '/v1/admin/offices/{id}/rules', '/v1/admin/offices/baku/rules',
             { closure_needs_approval: true, new_counsellor_weeks: 53 }, token);
  await call(404, 'POST', '/v1/admin/offices/{id}/rules', '/v1/admin/offices/nowhere/rules',
             { closure_needs_approval: false, new_counsellor_weeks: 0 }, token);
  await call(200, 'GET', '/v1/admin/devices', '/v1/admin/devices', undefined, token);
  const code2 = await call(201, 'POST', '/v1/admin/devices/enrolment-codes',
                           '/v1/admin/devices/enrolment-codes',
                           { office_id: 'baku', device_name: 'Desk 2', valid_hours: 2 }, token);

  // The directory.
  const entries = [{ name: 'Uşaq Evi', service_types: ['shelter'], nationwide: true,
                     phones: ['+994 12 555 12 34'], verified_on: '2026-01-15' }];
  await call(200, 'POST', '/v1/admin/directory/import', '/v1/admin/directory/import',
             JSON.stringify(entries), token);
  await call(400, 'POST', '/v1/admin/directory/import', '/v1/admin/directory/import',
             JSON.stringify([{ name: '', service_types: [], verified_on: '2026-01-15' }]), token);
  await call(200, 'GET', '/v1/admin/directory', '/v1/admin/directory', undefined, token);
  await call(200, 'GET', '/v1/admin/directory', '/v1/admin/directory?format=csv', undefined,
             token);

  // A counsellor on a second desk: push and pull.
  const desk2 = await call(201, 'POST', '/v1/devices/enrol', '/v1/devices/enrol',
                           { code: code2.code, device_name: 'Desk 2' });
  const device2 = { device_id: desk2.device_id, device_secret: desk2.device_secret };
  const counsellor = await call(200, 'POST', '/v1/auth/sign-in', '/v1/auth/sign-in',
                                { username: 'leyla.m', password: 'another long passphrase',
                                  ...device2 });
  const ctoken = counsellor.access_token;
  await call(403, 'GET', '/v1/admin/accounts', '/v1/admin/accounts', undefined, ctoken);
  const now = new Date().toISOString();
  const personId = '0193a000-0000-7000-8000-000000000001';
  const person = { id: personId, created_at: now, updated_at: now,
                   created_by: counsellor.account.id, origin_device: device2.device_id,
                   revision: 1, deleted: false, kind: 'child', name: 'Aysu', gender: 'girl',
                   age: '12', birth_date: null, phone: null, region_code: null, language: 'az',
                   details: {} };
  const item = { type: 'person', id: personId, revision: 1, record: person };
  await call(200, 'POST', '/v1/sync/push', '/v1/sync/push',
             { device_id: device2.device_id, records: [item] }, ctoken);
  await call(200, 'POST', '/v1/sync/push', '/v1/sync/push',
             { device_id: device2.device_id, records: [item] }, ctoken);
  await call(200, 'POST', '/v1/sync/push', '/v1/sync/push',
             { device_id: device2.device_id,
               records: [{ ...item, id: '0193a000-0000-7000-8000-000000000002',
                           record: { ...person, id: '0193a000-0000-7000-8000-000000000002',
                                     age: 'old' } }] }, ctoken);
  await call(400, 'POST', '/v1/sync/push', '/v1/sync/push',
             { device_id: device2.device_id, records: [{ ...item, colour: 'red' }] }, ctoken);
  await call(403, 'POST', '/v1/sync/push', '/v1/sync/push',
             { device_id: device.device_id, records: [] }, ctoken);
  await call(403, 'POST', '/v1/sync/push', '/v1/sync/push',
             { device_id: device.device_id, records: [] }, token);
  for (const stream of ['cases', 'accounts', 'directory', 'taxonomy', 'forms'])
    await call(200, 'GET', '/v1/sync/pull', `/v1/sync/pull?stream=${stream}&cursor=0&limit=2`,
               undefined, ctoken);
  await call(403, 'GET', '/v1/sync/pull', '/v1/sync/pull?stream=cases', undefined, token);
  await call(400, 'GET', '/v1/sync/pull', '/v1/sync/pull?stream=cases&limit=1001', undefined,
             ctoken);
  await call(400, 'GET', '/v1/sync/pull', '/v1/sync/pull?stream=cases&colour=red', undefined,
             ctoken);

  // Opening a case the desk does not hold: none has that number here.
  await call(404, 'POST', '/v1/cases/openings', '/v1/cases/openings',
             { case_number: '2026-0000-99999', reason: 'The child called back at night.' }, ctoken);
  await call(400, 'POST', '/v1/cases/openings', '/v1/cases/openings',
             { case_number: '2026-0000-99999', reason: 'short' }, ctoken);
  await call(403, 'POST', '/v1/cases/openings', '/v1/cases/openings',
             { case_number: '2026-0000-99999', reason: 'The child called back at night.' }, token);

  // The desk's audit copy: an entry whose hash does not match is kept and reported (200, not
  // intact); another desk's trail is refused; the administrator's verification.
  const entry = { seq: 1, id: '0193a000-0000-7000-8000-0000000000e1', at: now,
                  account_id: counsellor.account.id, device_id: device2.device_id,
                  action: 'case.view', record_type: 'case', record_id: personId, detail: null,
                  prev_hash: '0'.repeat(64), hash: 'a'.repeat(64) };
  await call(200, 'POST', '/v1/audit/upload', '/v1/audit/upload',
             { device_id: device2.device_id, entries: [entry] }, ctoken);
  await call(200, 'POST', '/v1/audit/upload', '/v1/audit/upload',
             { device_id: device2.device_id, entries: [] }, ctoken);
  await call(409, 'POST', '/v1/audit/upload', '/v1/audit/upload',
             { device_id: device2.device_id, entries: [{ ...entry, seq: 9 }] }, ctoken);
  await call(403, 'POST', '/v1/audit/upload', '/v1/audit/upload',
             { device_id: device.device_id, entries: [] }, ctoken);
  await call(400, 'POST', '/v1/audit/upload', '/v1/audit/upload',
             { device_id: device2.device_id, entries: [{ ...entry, hash: 'x' }] }, ctoken);
  await call(200, 'GET', '/v1/admin/audit/devices', '/v1/admin/audit/devices', undefined, token);
  await call(403, 'GET', '/v1/admin/audit/devices', '/v1/admin/audit/devices', undefined, ctoken);

  // Tokens: refresh rotates, reuse is refused, sign-out, revocation.
  const refreshed = await call(200, 'POST', '/v1/auth/refresh', '/v1/auth/refresh',
                               { refresh_token: counsellor.refresh_token,
                                 device_id: device2.device_id });
  await call(401, 'POST', '/v1/auth/refresh', '/v1/auth/refresh',
             { refresh_token: counsellor.refresh_token, device_id: device2.device_id });
  const again = await call(200, 'POST', '/v1/auth/sign-in', '/v1/auth/sign-in',
                           { username: 'leyla.m', password: 'another long passphrase',
                             ...device2 });
  await call(204, 'POST', '/v1/auth/sign-out', '/v1/auth/sign-out', {}, again.access_token);
  await call(401, 'GET', '/v1/me', '/v1/me', undefined, again.access_token);
  await call(200, 'POST', '/v1/admin/devices/{id}/revoke',
             `/v1/admin/devices/${device2.device_id}/revoke`, {}, token);
  await call(401, 'GET', '/v1/me', '/v1/me', undefined, refreshed && refreshed.access_token);
  await call(404, 'POST', '/v1/admin/devices/{id}/revoke',
             '/v1/admin/devices/0193a000-0000-7000-8000-0000000000ff/revoke', {}, token);

  // Throttling: after 5 wrong passwords further attempts wait, after 10 the account is locked:
  // 429 with Retry-After. (A slow machine may let a short wait pass between two attempts, so
  // keep trying; the lock comes at the latest.)
  let throttled = false;
  for (let i = 0; i < 12 && !throttled; i++) {
    await call([401, 429], 'POST', '/v1/auth/sign-in', '/v1/auth/sign-in',
               { username: 'aysel', password: 'wrong wrong wrong', ...device });
    throttled = lastStatus === 429;
  }
  report(throttled, 'POST /v1/auth/sign-in, wrong passwords -> 429', 'never throttled');
}

let status = 0;
try {
  await startServer();
  await walk();
  for (const [route, item] of Object.entries(spec.paths))
    for (const method of methods)
      if (item[method] && !called.has(`${method.toUpperCase()} ${route}`))
        report(false, `${method.toUpperCase()} ${route}`, 'never called by this check');
} catch (error) {
  report(false, 'the check itself', error.stack ?? String(error));
} finally {
  if (server && server.exitCode === null) {
    const exited = new Promise((done) => server.on('exit', done));
    server.kill('SIGTERM');
    await Promise.race([exited, new Promise((done) => setTimeout(done, 30000))]);
  }
  rmSync(dataDir, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
status = failed ? 1 : 0;
process.exit(status);
