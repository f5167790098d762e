import { z } from 'zod';
import { scenarioSchema } from './scenario-schema.ts';

/** The schema's id: a URN, since the app serves the file at /scenario.schema.json wherever it is hosted. */
export const SCENARIO_SCHEMA_ID = 'urn:extra-mile:cx-scenario:1';

/**
 * The JSON Schema (draft 2020-12) of format 1, generated from the same zod
 * schema the loader uses, for editors' completion and checks. It describes
 * what an author writes, so defaults make keys optional. Rules that need the
 * whole graph (targets, reachability) are only in the loader.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(scenarioSchema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      // Strict objects are built with a refusing catch-all; say so as JSON Schema does.
      if (ctx.zodSchema._zod.def.type === 'object') ctx.jsonSchema.additionalProperties = false;
    },
  });
  const { $schema, ...rest } = generated;
  return { $schema, $id: SCENARIO_SCHEMA_ID, title: 'Extra Mile scenario', ...rest };
}

/** The schema as the file `public/scenario.schema.json` holds it: pretty-printed, ending in a newline. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
