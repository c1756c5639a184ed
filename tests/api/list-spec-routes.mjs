#!/usr/bin/env node
// Prints every route of the OpenAPI description as "METHOD path" lines, methods upper case,
// paths with their {param} placeholders as written in the spec, sorted (byte order), one per
// line. The server's route table is compared with this list by the server tests, so a route
// added to one and not the other fails a test.
//
//   node tests/api/list-spec-routes.mjs [docs/api/openapi.yaml]
//
// Needs no package of its own: the YAML parser comes from the pinned Redocly CLI under
// tools/openapi/node_modules (scripts/setup installs it with `npm ci`). Exit status 1 with a
// message on stderr when the spec cannot be read or parsed.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const sourceDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const specPath = resolve(process.argv[2] ?? join(sourceDir, 'docs', 'api', 'openapi.yaml'));

function loadYamlParser() {
  // js-yaml is what @redocly/openapi-core itself parses with; resolve it from there, so this
  // works whatever way npm laid out the tree.
  const toolsRequire = createRequire(join(sourceDir, 'tools', 'openapi', 'package.json'));
  try {
    const cliDir = dirname(toolsRequire.resolve('@redocly/cli/package.json'));
    const coreRequire = createRequire(
      createRequire(join(cliDir, 'package.json')).resolve('@redocly/openapi-core/package.json'));
    return coreRequire('js-yaml');
  } catch (error) {
    process.stderr.write(
      `list-spec-routes: cannot load js-yaml from tools/openapi/node_modules (${error.message});` +
      ' run scripts/setup (npm ci --prefix tools/openapi)\n');
    process.exit(1);
  }
}

const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

let spec;
try {
  spec = loadYamlParser().load(readFileSync(specPath, 'utf8'));
} catch (error) {
  process.stderr.write(`list-spec-routes: ${specPath}: ${error.message}\n`);
  process.exit(1);
}
if (!spec || typeof spec.paths !== 'object' || spec.paths === null) {
  process.stderr.write(`list-spec-routes: ${specPath} has no "paths"\n`);
  process.exit(1);
}

const routes = [];
for (const [path, item] of Object.entries(spec.paths)) {
  for (const method of methods) {
    if (item && Object.hasOwn(item, method)) routes.push(`${method.toUpperCase()} ${path}`);
  }
}
routes.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
process.stdout.write(routes.map((r) => `${r}\n`).join(''));
