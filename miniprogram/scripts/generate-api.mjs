// The mini-program's API types, generated from the committed API documents (docs/openapi, kept equal to what each
// service serves by its ApiContractTest), one module per service in src/api/generated, and labels.ts: the Chinese
// names of every enumeration, read from its description ("GENERAL_MEETING: 支部党员大会; ..."), so that pages say
// what the services say. Never edited by hand.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const documents = path.resolve('../docs/openapi');
const out = path.resolve('src/api/generated');
const NAMED_VALUES = /^[A-Z][A-Z0-9_]*: [^;]+(; [A-Z][A-Z0-9_]*: [^;]+)*$/;
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });
const labels = {};
for (const file of fs.readdirSync(documents).filter((f) => f.endsWith('.json')).sort()) {
  const ast = await openapiTS(pathToFileURL(path.join(documents, file)));
  fs.writeFileSync(path.join(out, file.replace(/\.json$/, '.ts')), astToString(ast));
  const schemas = JSON.parse(fs.readFileSync(path.join(documents, file), 'utf8')).components?.schemas ?? {};
  for (const [name, schema] of Object.entries(schemas)) {
    if (schema.enum && NAMED_VALUES.test(schema.description ?? '')) {
      labels[name] = Object.assign(labels[name] ?? {}, Object.fromEntries(schema.description.split('; ')
        .map((pair) => [pair.slice(0, pair.indexOf(':')), pair.slice(pair.indexOf(':') + 2)])));
    }
  }
}
fs.writeFileSync(path.join(out, 'labels.ts'), `// Generated from the API documents' enumeration descriptions.\n`
  + `export const labels: Record<string, Record<string, string>> = ${JSON.stringify(labels, null, 2)};\n`);
console.log(`API types and ${Object.keys(labels).length} enumerations' labels generated in ${path.relative(process.cwd(), out)}`);
