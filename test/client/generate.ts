// Turns the live OpenAPI document into test/client/schema.d.ts (openapi-typescript), formatted with the
// repository's Prettier settings so the committed file is stable. Used by openapi-client.test.ts, which
// fails on a drift and rewrites the file under `npm run client:generate`.
import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';
import path from 'node:path';

export const SCHEMA_FILE = path.join(__dirname, 'schema.d.ts');

const HEADER = `// Generated from the live OpenAPI document by \`npm run client:generate\` (openapi-typescript). Do not edit:
// test/client/openapi-client.test.ts fails when this file and the server's document differ.
`;

export async function generateSchemaSource(document: object): Promise<string> {
  // defaultNonNullable: false keeps a property with a default optional unless the document requires it:
  // by default openapi-typescript makes it required, so a request body would have to name every default.
  const ast = await openapiTS(JSON.parse(JSON.stringify(document)), {
    alphabetize: false,
    defaultNonNullable: false,
  });
  const source = HEADER + astToString(ast);
  const options = (await prettier.resolveConfig(SCHEMA_FILE)) ?? {};
  return prettier.format(source, { ...options, filepath: SCHEMA_FILE });
}
