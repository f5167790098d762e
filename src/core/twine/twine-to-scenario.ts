import { Document } from 'yaml';
import { formatDiagnostic } from '../scenario/diagnostic.ts';
import { loadScenario } from '../scenario/load-scenario.ts';
import { readTwineStory, type TwinePassage } from './read-twine-story.ts';
import { NameScope, scenarioSlug } from './scenario-names.ts';
import { isSpecial, reachedFrom, trapped } from './passage-graph.ts';
import { hasFormatCode, linksIn, proseOf, type TwineLink } from './twine-links.ts';

/** A Twine story turned into a scenario draft, or why it could not be. */
export type TwineImport =
  | {
      ok: true;
      /** The draft scenario file (loads with warnings at most). */
      yaml: string;
      /** What still needs work, one plain sentence per line. */
      report: string[];
      /** The draft's id: save it as `<scenarioId>.yaml`. */
      scenarioId: string;
    }
  | {
      ok: false;
      /** Why nothing was imported, in plain words. */
      message: string;
    };

/** Defaults for what a Twine story does not say; the report asks the author to set them. */
const DEFAULTS = {
  channel: 'chat',
  difficulty: 1,
  skills: ['tone', 'promptness'],
  customer: { name: 'Customer', mood: 50 },
  ending: { retained: true, review: 3 },
} as const;

/** The placeholder ending for passages that can never reach one. */
const UNFINISHED = 'Unfinished';

type Json = string | number | boolean | Json[] | { [key: string]: Json };

/** Where a passage sits in the draft. */
interface Planned {
  /** Its state key. */
  key: string;
  /** Its links that lead to a passage (or to a missing one), duplicates dropped. */
  links: TwineLink[];
}

function titleFrom(storyTitle: string, fileName: string): string {
  if (storyTitle !== '' && storyTitle !== 'Untitled Story') return storyTitle;
  const base = (fileName.split(/[\\/]/).pop() ?? '').replace(/\.[^.]*$/, '');
  const words = base.replace(/[-_]+/g, ' ').trim();
  return words === '' ? 'Imported story' : words.charAt(0).toUpperCase() + words.slice(1);
}

function uniqueLinks(text: string): TwineLink[] {
  const seen = new Set<string>();
  return linksIn(text).filter((link) => {
    const key = `${link.text}\u0000${link.target}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Converts a Twine story (Twee 3 text or a published Twine 2 HTML file) into a scenario
 * draft: passages become customer turns (their prose is what the customer says), links
 * become reply options (the link text is the reply), the start passage is `initial`, and
 * passages without links become endings. Links to missing passages lead to placeholder
 * endings; passages the start cannot reach are left out. Everything the story cannot say
 * (scores, outcomes, stars, the customer) gets a default and a line in the report.
 * Never throws: input that is not a usable story gives `{ ok: false, message }`.
 */
export function twineToScenario(text: string, fileName: string): TwineImport {
  const story = readTwineStory(text, fileName);
  if ('error' in story) return { ok: false, message: story.error };
  const report: string[] = [];
  const byName = new Map<string, TwinePassage>();
  for (const p of story.passages) if (!byName.has(p.name)) byName.set(p.name, p);
  const playable = story.passages.filter((p) => !isSpecial(p) || p.name === story.start);
  if (playable.length === 0) {
    return { ok: false, message: `'${fileName}' has no passages: the story is empty` };
  }
  if (story.start === '') {
    const how =
      story.source === 'twee'
        ? 'name a passage "Start" or add "start" to the StoryData passage'
        : 'its startnode attribute names no passage; set a start passage in Twine and publish again';
    return { ok: false, message: `'${fileName}' does not say which passage starts: ${how}` };
  }
  const first = byName.get(story.start);
  if (first === undefined) {
    return {
      ok: false,
      message: `'${fileName}' starts at passage '${story.start}', which does not exist`,
    };
  }

  const linkCache = new Map<string, TwineLink[]>();
  const linksOf = (name: string): TwineLink[] => {
    let links = linkCache.get(name);
    if (links === undefined) {
      links = uniqueLinks(byName.get(name)?.text ?? '');
      linkCache.set(name, links);
    }
    return links;
  };
  if (linksOf(first.name).length === 0) {
    return {
      ok: false,
      message: `the start passage '${first.name}' has no links, so there is no conversation to import: link it to the passages that follow`,
    };
  }

  const reached = reachedFrom(first.name, linksOf);
  const scope = new NameScope();
  const planned = new Map<string, Planned>();
  const missing = new Map<string, string>();
  for (const p of story.passages) {
    if (reached.has(p.name) && !planned.has(p.name)) {
      planned.set(p.name, { key: scope.name(p.name, 'passage'), links: linksOf(p.name) });
    } else if (!reached.has(p.name)) {
      report.push(
        isSpecial(p)
          ? `passage '${p.name}' is story-format code, not part of the conversation: left out`
          : `passage '${p.name}' cannot be reached from the start passage '${first.name}': left out`,
      );
    }
  }
  for (const [name, plan] of planned) {
    for (const link of plan.links) {
      if (byName.has(link.target)) continue;
      if (!missing.has(link.target)) missing.set(link.target, scope.name(link.target, 'ending'));
      report.push(
        `passage '${name}' links to '${link.target}', which does not exist: the link leads to a placeholder ending '${missing.get(link.target) ?? ''}' to write`,
      );
    }
  }

  const turns = [...planned].filter(([, plan]) => plan.links.length > 0).map(([name]) => name);
  const stuck = new Set(trapped(turns, linksOf));
  const unfinishedKey = stuck.size > 0 ? scope.name(UNFINISHED, 'ending') : '';
  const keyOf = (target: string): string =>
    planned.get(target)?.key ?? missing.get(target) ?? unfinishedKey;

  const states: Record<string, Json> = {};
  const endings: string[] = [];
  for (const [name, plan] of planned) {
    const passage = byName.get(name);
    const prose = proseOf(passage?.text ?? '');
    if (passage !== undefined && hasFormatCode(passage.text)) {
      report.push(
        `passage '${name}' looks like it has story-format code (such as <<set>> or (if:)), kept as plain text: rewrite it as guards and actions`,
      );
    }
    if (plan.links.length === 0) {
      states[plan.key] = endingState(name, prose);
      endings.push(name);
      continue;
    }
    if (prose === '') {
      report.push(
        `passage '${name}' has no text apart from its links: its name stands in for what the customer says`,
      );
    }
    const options = new NameScope();
    const on: Record<string, Json> = {};
    for (const link of plan.links) {
      on[options.name(link.text, 'reply')] = {
        target: keyOf(link.target),
        meta: { reply: link.text },
      };
    }
    if (stuck.has(name)) {
      on[options.name('wrap up', 'reply')] = {
        target: unfinishedKey,
        meta: { reply: '(Write a reply that ends the conversation.)' },
      };
      report.push(
        `passage '${name}' cannot reach an ending (its links go round in a circle): it got a placeholder reply leading to the ending '${UNFINISHED}'`,
      );
    }
    states[plan.key] = { meta: { customer: prose === '' ? name : prose }, on };
    report.push(
      `passage '${name}' has no scores: give its replies tone, promptness and extraMile marks (and their effect on mood)`,
    );
  }
  for (const [name, key] of missing) {
    states[key] = endingState(name, 'This part of the story is not written yet.');
    endings.push(name);
  }
  if (unfinishedKey !== '') {
    states[unfinishedKey] = endingState(UNFINISHED, 'The conversation has no ending yet.');
    endings.push(UNFINISHED);
  }
  for (const name of endings) {
    report.push(
      `ending '${name}' needs outcome and stars: set retained (does the customer stay?) and review (1 to 5 stars); both are placeholders now`,
    );
  }

  const title = titleFrom(story.title, fileName);
  const scenarioId = scenarioSlug(title) || 'imported-story';
  const minutes = Math.min(30, Math.max(2, Math.ceil(turns.length / 2)));
  report.unshift(
    `set the channel, difficulty, play time, skills and customer: the draft says ${DEFAULTS.channel}, difficulty ${DEFAULTS.difficulty}, ${minutes} minutes, ${DEFAULTS.skills.join(' and ')}, '${DEFAULTS.customer.name}' at mood ${DEFAULTS.customer.mood}`,
  );
  const scenario: Json = {
    format: 'cx-scenario/1',
    id: scenarioId,
    title,
    summary: `Imported from the Twine story "${title}": scores, endings and the customer still need writing.`,
    channel: DEFAULTS.channel,
    difficulty: DEFAULTS.difficulty,
    minutes,
    skills: [...DEFAULTS.skills],
    customer: { ...DEFAULTS.customer },
    machine: { id: scenarioId, initial: keyOf(first.name), states },
  };
  const doc = new Document(scenario);
  doc.commentBefore = ` Imported from ${fileName} (${story.source === 'twee' ? 'Twee 3' : 'Twine 2 HTML'}).`;
  const yaml = doc.toString({ lineWidth: 100 });

  // A safety net: a draft the loader refuses says so in the report instead of failing silently.
  const loaded = loadScenario(yaml, `${scenarioId}.yaml`);
  if (!loaded.ok) {
    for (const d of loaded.diagnostics) {
      if (d.severity === 'error')
        report.push(`the draft does not load yet: ${formatDiagnostic(d)}`);
    }
  }
  return { ok: true, yaml, report, scenarioId };
}

function endingState(title: string, text: string): Json {
  const ending: Record<string, Json> = { title };
  if (text !== '') ending['text'] = text;
  return {
    type: 'final',
    meta: { ending: { ...ending, ...DEFAULTS.ending } },
  };
}
