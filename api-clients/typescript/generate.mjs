// Generates one TypeScript module per API document in docs/openapi (as the portal and the mini-program
// will), and generated/checks.ts, which holds every document's types to the conventions of
// checks/conventions.ts. `tsc` then type-checks both: a document that declares an id as a number fails.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const documents = path.resolve(process.env.DJ_API_DOCUMENTS ?? '../../docs/openapi');
const out = path.resolve('generated');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

const services = fs.readdirSync(documents).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
if (services.length === 0) {
  throw new Error(`no API documents in ${documents}`);
}
const checks = ["import type { IdsAreStrings } from '../checks/conventions';"];
for (const [i, service] of services.entries()) {
  const ast = await openapiTS(pathToFileURL(path.join(documents, `${service}.json`)));
  fs.writeFileSync(path.join(out, `${service}.ts`), astToString(ast));
  checks.push(`import type { components as c${i} } from './${service}';`);
  checks.push(`export const ${service.replace(/-(.)/g, (_, c) => c.toUpperCase())}IdsAreStrings: IdsAreStrings<c${i}['schemas']> = true;`);
}
fs.writeFileSync(path.join(out, 'checks.ts'), checks.join('\n') + '\n');
console.log(`generated TypeScript for ${services.join(', ')}`);
