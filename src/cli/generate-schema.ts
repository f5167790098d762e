import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scenarioJsonSchemaText } from '../core/scenario/json-schema.ts';

/** Writes public/scenario.schema.json from the loader's own zod schema (`npm run gen:schema`). */
const target = fileURLToPath(new URL('../../public/scenario.schema.json', import.meta.url));
writeFileSync(target, scenarioJsonSchemaText());
console.log(`wrote ${target}`);
