import { DIMENSIONS, type Channel } from '../../core/scenario/scenario-types.ts';
import type { ScenarioCard } from '../../core/scenario/shipped-scenario.ts';
import { foldText } from '../../core/review/fold-text.ts';
import { CHANNEL_NAMES } from './channel-names.ts';
import { skillLabel } from './skill-names.ts';

/** What the trainee narrowed the library to. */
export interface LibraryFilter {
  /** One channel, or every channel. */
  channel: Channel | 'all';
  /** Skills of interest: a scenario matches when it trains any of them; none means all. */
  skills: readonly string[];
  /** Free text: every word must appear in the title, summary, customer name or skills. */
  query: string;
}

/** The filter that shows everything. */
export const NO_FILTER: LibraryFilter = { channel: 'all', skills: [], query: '' };

/** Whether anything narrows the library (so "Clear filters" has something to clear). */
export function isFiltered(filter: LibraryFilter): boolean {
  return filter.channel !== 'all' || filter.skills.length > 0 || filter.query.trim() !== '';
}

// Case- and accent-insensitive, so "zoe" finds "Zoë" (the same folding as the review's search).
const fold = foldText;

function searchableText(scenario: ScenarioCard): string {
  const skills = scenario.skills.flatMap((s) => [s, skillLabel(s)]);
  return fold(
    [scenario.title, scenario.summary ?? '', scenario.customer.name, ...skills].join('\n'),
  );
}

/** The scenarios that pass the filter, in library order. */
export function filterScenarios(
  scenarios: readonly ScenarioCard[],
  filter: LibraryFilter,
): ScenarioCard[] {
  const words = fold(filter.query).split(/\s+/).filter(Boolean);
  return scenarios.filter((scenario) => {
    if (filter.channel !== 'all' && scenario.channel !== filter.channel) return false;
    if (filter.skills.length > 0 && !filter.skills.some((s) => scenario.skills.includes(s))) {
      return false;
    }
    if (words.length === 0) return true;
    const text = searchableText(scenario);
    return words.every((word) => text.includes(word));
  });
}

/** The channels present in the library, in the order channels are listed everywhere. */
export function channelsOf(scenarios: readonly ScenarioCard[]): Channel[] {
  const present = new Set(scenarios.map((s) => s.channel));
  return (Object.keys(CHANNEL_NAMES) as Channel[]).filter((c) => present.has(c));
}

/** Every skill trained in the library: the scored dimensions first, then tags A to Z. */
export function skillsOf(scenarios: readonly ScenarioCard[]): string[] {
  const all = new Set(scenarios.flatMap((s) => s.skills));
  const dimensions: string[] = DIMENSIONS.filter((d) => all.has(d));
  const tags = [...all]
    .filter((s) => !dimensions.includes(s))
    .sort((a, b) => skillLabel(a).localeCompare(skillLabel(b)));
  return [...dimensions, ...tags];
}

/** The sentence announcing how many scenarios are shown. */
export function resultCountText(shown: number, total: number): string {
  if (shown === total)
    return total === 1 ? 'Showing the only scenario' : `Showing all ${total} scenarios`;
  if (shown === 0) return `No scenarios match these filters (0 of ${total})`;
  return `Showing ${shown} of ${total} scenarios`;
}
