// The mini-program's API types, generated from the committed API documents (docs/openapi, kept equal to what each
// service serves by its ApiContractTest), one module per service in src/api/generated. Never edited by hand.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const documents = path.resolve('../docs/openapi');
const out = path.resolve('src/api/generated');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });
for (const file of fs.readdirSync(documents).filter((f) => f.endsWith('.json'))) {
  const ast = await openapiTS(pathToFileURL(path.join(documents, file)));
  fs.writeFileSync(path.join(out, file.replace(/\.json$/, '.ts')), astToString(ast));
}
console.log(`API types generated in ${path.relative(process.cwd(), out)}`);
