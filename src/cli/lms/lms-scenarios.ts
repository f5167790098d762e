import type { Scenario } from '../../core/scenario/scenario-types.ts';
import { collectShipped } from '../shipped-scenarios-plugin.ts';

/** What a package says about one scenario. */
export interface LmsScenario {
  /** The scenario id (slug). */
  id: string;
  /** Title for the LMS catalogue. */
  title: string;
  /** One paragraph for the LMS catalogue. */
  description: string;
  /** Pass mark, 0..100. */
  pass: number;
  /** The file it came from, for messages. */
  file: string;
}

/** The shipped library as the packages see it, or what stops it from being packaged. */
export interface LmsLibrary {
  /** Every scenario that loaded, in file order. */
  scenarios: LmsScenario[];
  /** `file:line:col: error: ...` lines of the files that did not load, and clashing ids. */
  problems: string[];
}

const CHANNEL_WORDS: Readonly<Record<Scenario['channel'], string>> = {
  chat: 'chat',
  phone: 'phone call',
  'in-person': 'face-to-face conversation',
  email: 'email exchange',
};

/** The catalogue paragraph: the scenario's summary, or a sentence made from its facts. */
export function describeScenario(scenario: Scenario): string {
  const summary = scenario.summary?.replace(/\s+/g, ' ').trim() ?? '';
  if (summary !== '') return summary;
  return `A ${CHANNEL_WORDS[scenario.channel]} with ${scenario.customer.name}, about ${scenario.minutes} minutes.`;
}

/** Facts of one loaded scenario. */
export function lmsScenarioOf(scenario: Scenario, file: string): LmsScenario {
  return {
    id: scenario.id,
    title: scenario.title,
    description: describeScenario(scenario),
    pass: scenario.scoring.pass,
    file,
  };
}

/**
 * Loads the folder exactly as the app build does (the shipped-scenarios plugin's loader,
 * which is the checker's), so every packaged id is one the built app can play.
 */
export function loadLmsLibrary(dir: string, prefix = 'scenarios'): LmsLibrary {
  let shipped: ReturnType<typeof collectShipped>;
  try {
    shipped = collectShipped(dir, prefix);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return {
      scenarios: [],
      problems: [`${prefix}: error: cannot read the scenario folder (${reason})`],
    };
  }
  const problems = shipped.failures.flatMap((f) => f.diagnostics);
  const scenarios: LmsScenario[] = [];
  const owners = new Map<string, string>();
  for (const { file, scenario } of shipped.scenarios) {
    const owner = owners.get(scenario.id);
    if (owner !== undefined) {
      problems.push(`${file}: error: scenario id '${scenario.id}' is already used by ${owner}`);
      continue;
    }
    owners.set(scenario.id, file);
    scenarios.push(lmsScenarioOf(scenario, file));
  }
  return { scenarios, problems };
}
