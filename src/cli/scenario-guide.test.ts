import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { checkScenario } from '../core/analysis/check-scenario.ts';
import { formatDiagnostic } from '../core/scenario/diagnostic.ts';
import { scenarioSchema } from '../core/scenario/scenario-schema.ts';
import { DEFAULT_REPLY_WITHIN, DIMENSIONS, PRINCIPLES } from '../core/scenario/scenario-types.ts';
import { ACTION_NAMES, GUARD_NAMES } from '../core/scenario/vocabulary-schema.ts';
import { runCheck } from './check-command.ts';

/**
 * Keeps `scenarios/README.md`, the authors' guide, true. Managers copy from it, so every code
 * block in it is checked. A block is claimed by a marker: an HTML comment (invisible when the
 * guide is rendered) on the last non-blank line before its opening fence.
 *
 *   <!-- example: scenarios/<id>.yaml -->    ```yaml  a complete file: it loads with no
 *                                                     warnings, every ending is reachable and
 *                                                     the model answer passes.
 *   <!-- broken: scenarios/<id>.yaml -->     ```yaml  a complete file with at least one error;
 *                                                     an `output of` block must show its errors.
 *   <!-- output of: scenarios/<id>.yaml -->  ```text  exactly what `npm run check:scenarios --
 *                                                     <file>` prints for the nearest example or
 *                                                     broken block above with that name.
 *   <!-- part of: scenarios/<id>.yaml -->    ```yaml  consecutive lines of that example,
 *                                                     compared with indentation normalised.
 *   <!-- settings: .vscode/settings.json --> ```json  editor settings: valid JSON whose
 *                                                     `yaml.schemas` maps the scenario schema
 *                                                     onto the scenario files.
 *   (no marker)                              ```sh    only npm commands, naming scripts that
 *                                                     exist and files that exist or are examples.
 *
 * Any other block without a marker fails, so a new example cannot dodge checking. Two markers
 * claim the prose that follows them (up to the next blank line) instead of a block:
 *
 *   <!-- quoting output of: scenarios/<id>.yaml -->  every **bold** phrase in the list is
 *                                                    part of that file's checker output.
 *   <!-- messages from: <folder> -->                 the table quotes only messages that the
 *                                                    rule fixtures in that folder expect
 *                                                    (`…` stands for any text).
 *
 * Besides: a `# yaml-language-server: $schema=` line in any YAML block must point at the schema;
 * relative links and `#anchors` must resolve; and every key, principle, guard, action and channel
 * must be named in the guide.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const GUIDE_FILE = join(ROOT, 'scenarios/README.md');
const SCHEMA_FILE = join(ROOT, 'public/scenario.schema.json');

type MarkerKind = 'example' | 'broken' | 'output of' | 'part of' | 'settings';

interface Block {
  /** 1-based line of the opening fence, so a failure points into the guide. */
  line: number;
  /** The fence's info string: `yaml`, `text`, `sh`... */
  lang: string;
  /** The lines between the fences, joined. */
  body: string;
  /** The marker comment before the fence, as written. */
  marker: { kind: string; name: string } | undefined;
}

interface Guide {
  blocks: Block[];
  /** The guide's lines outside code blocks, each with its 1-based line number. */
  prose: { line: number; text: string }[];
}

const FENCE = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)\s*$/;
const MARKER = /^<!--\s*([a-z][a-z ]*?)\s*:\s*(\S+)\s*-->$/;

function parseGuide(text: string): Guide {
  const lines = text.split('\n');
  const blocks: Block[] = [];
  const prose: Guide['prose'] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i] ?? '');
    if (open === null) {
      prose.push({ line: i + 1, text: lines[i] ?? '' });
      continue;
    }
    const indent = open[1] ?? '';
    const fence = open[2] ?? '```';
    let end = i + 1;
    while (end < lines.length && (lines[end] ?? '').trim() !== fence) end++;
    if (end === lines.length) throw new Error(`line ${i + 1}: code block is never closed`);
    let before = i - 1;
    while (before >= 0 && (lines[before] ?? '').trim() === '') before--;
    const comment = MARKER.exec((lines[before] ?? '').trim());
    blocks.push({
      line: i + 1,
      lang: open[3] ?? '',
      body: lines
        .slice(i + 1, end)
        .map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l))
        .join('\n'),
      marker: comment === null ? undefined : { kind: comment[1] ?? '', name: comment[2] ?? '' },
    });
    i = end;
  }
  return { blocks, prose };
}

const guideText = readFileSync(GUIDE_FILE, 'utf8');
const guide = parseGuide(guideText);
const proseText = guide.prose.map((p) => p.text).join('\n');

/** Which fence language each marker claims. */
const MARKER_LANG: Record<MarkerKind, string> = {
  example: 'yaml',
  broken: 'yaml',
  'output of': 'text',
  'part of': 'yaml',
  settings: 'json',
};
const COMMAND_LANGS = new Set(['sh', 'bash']);

const isKind = (kind: string): kind is MarkerKind => Object.hasOwn(MARKER_LANG, kind);
const where = (b: Block) => `scenarios/README.md:${b.line}`;
const marked = (kind: MarkerKind) => guide.blocks.filter((b) => b.marker?.kind === kind);
const nameOf = (b: Block) => b.marker?.name ?? '';

/** The complete file (example or broken) of that name as the reader knows it at `line`. */
function definitionBefore(name: string, line: number): Block | undefined {
  return guide.blocks
    .filter((d) => d.line < line && (d.marker?.kind === 'example' || d.marker?.kind === 'broken'))
    .filter((d) => nameOf(d) === name)
    .at(-1);
}

/** The prose markers of a kind, each with the paragraph, list or table that follows it. */
function proseMarked(kind: string): { line: number; name: string; lines: string[] }[] {
  return guide.prose.flatMap((p, i) => {
    const m = MARKER.exec(p.text.trim());
    if (m === null || m[1] !== kind) return [];
    const after = guide.prose.slice(i + 1).map((q) => q.text);
    const start = after.findIndex((l) => l.trim() !== '');
    const rest = after.slice(start);
    const end = rest.findIndex((l) => l.trim() === '');
    return [{ line: p.line, name: m[2] ?? '', lines: rest.slice(0, end < 0 ? undefined : end) }];
  });
}

/** The lines without their shared indentation and trailing spaces. */
function dedent(lines: readonly string[]): string[] {
  const trimmed = lines.map((l) => l.trimEnd());
  const margin = Math.min(
    ...trimmed.filter((l) => l !== '').map((l) => l.length - l.trimStart().length),
  );
  return trimmed.map((l) => l.slice(margin));
}

/** Prettier re-indents snippets, so a snippet matches where its lines agree up to indentation. */
function containsSnippet(file: string, snippet: string): boolean {
  const want = dedent(snippet.split('\n')).join('\n');
  const lines = file.split('\n');
  const size = snippet.split('\n').length;
  for (let start = 0; start + size <= lines.length; start++) {
    if (dedent(lines.slice(start, start + size)).join('\n') === want) return true;
  }
  return false;
}

/**
 * What `npm run check:scenarios -- <name>` prints for this text, run in a project that holds
 * only it: the same command, so the guide shows what the author will see.
 */
function checkerOutput(name: string, text: string): string[] {
  const project = mkdtempSync(join(tmpdir(), 'scenario-guide-'));
  const out: string[] = [];
  const err: string[] = [];
  // The checker names files relative to the working directory; pretend it is the project.
  const cwd = vi.spyOn(process, 'cwd').mockReturnValue(project);
  try {
    const file = join(project, name);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    runCheck([file], { out: (l) => out.push(l), err: (l) => err.push(l) });
  } finally {
    cwd.mockRestore();
    rmSync(project, { recursive: true, force: true });
  }
  return [...err, ...out];
}

/** How the YAML language server reads a `yaml.schemas` glob: `*` is anything, matched at the end. */
function globMatcher(glob: string): RegExp {
  const escaped = glob.replace(/[-\\{}+?|^$.,[\]()#\s]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`${escaped}$`);
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces as hyphens. */
function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

const codeSpans = new Set([...proseText.matchAll(/`([^`\n]+)`/g)].map((m) => m[1] ?? ''));

/** Every key the JSON Schema describes, at any depth: what an editor offers to complete. */
function propertyNames(schema: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) {
    for (const item of schema) propertyNames(item, into);
  } else if (typeof schema === 'object' && schema !== null) {
    const { properties } = schema as { properties?: unknown };
    if (typeof properties === 'object' && properties !== null) {
      for (const key of Object.keys(properties)) into.add(key);
    }
    for (const value of Object.values(schema)) propertyNames(value, into);
  }
  return into;
}

/** Every row of the table quotes a message that a rule fixture of the folder expects. */
function expectKnownMessages(folder: string, table: readonly string[]): void {
  const expected = readdirSync(join(ROOT, folder))
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => readFileSync(join(ROOT, folder, f), 'utf8').split('\n'))
    .flatMap((l) => {
      const m = /^# expect: \d+:\d+: (error|warning): (.*)$/.exec(l);
      return m === null ? [] : [{ severity: m[1] ?? '', message: m[2] ?? '' }];
    });
  // Past the header and the line under it.
  const rows = table.filter((l) => l.startsWith('|')).slice(2);
  expect(rows.length).toBeGreaterThan(0);
  const unknown = rows.flatMap((row) => {
    const [quoted = '', advice = ''] = row
      .split(/(?<!\\)\|/)
      .slice(1)
      .map((c) => c.trim());
    const message = /^`(.+)`$/.exec(quoted)?.[1] ?? quoted;
    const severity = advice.startsWith('(warning)') ? 'warning' : 'error';
    const pattern = new RegExp(
      `^${message
        .split('…')
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    );
    const found = expected.some((e) => e.severity === severity && pattern.test(e.message));
    return found ? [] : [`${severity}: ${message}`];
  });
  expect(unknown).toEqual([]);
}

const definedNames = new Set([...marked('example'), ...marked('broken')].map(nameOf));
const shippedFiles = readdirSync(join(ROOT, 'scenarios'))
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => `scenarios/${f}`);

describe('scenarios/README.md', () => {
  it('has a known marker, in the right language, before every code block', () => {
    const unchecked = guide.blocks.flatMap((b) => {
      if (COMMAND_LANGS.has(b.lang)) return [];
      if (b.marker === undefined) return [`${where(b)}: a \`\`\`${b.lang} block without a marker`];
      const { kind } = b.marker;
      if (!isKind(kind)) return [`${where(b)}: unknown marker '${kind}'`];
      if (b.lang !== MARKER_LANG[kind]) {
        return [`${where(b)}: '${kind}' marks a \`\`\`${MARKER_LANG[kind]} block, not ${b.lang}`];
      }
      return [];
    });
    expect(unchecked).toEqual([]);
    expect(marked('example').length).toBeGreaterThan(0);
  });

  it('names each complete file once, as scenarios/<id>.yaml', () => {
    const names = marked('example').map(nameOf);
    expect(names.length).toBe(new Set(names).size);
    for (const b of [...marked('example'), ...marked('broken')]) {
      expect(nameOf(b), where(b)).toMatch(/^scenarios\/[a-z0-9]+(-[a-z0-9]+)*\.yaml$/);
    }
  });

  describe.each(marked('example').map((b) => [nameOf(b), b] as const))('example %s', (name, b) => {
    const result = checkScenario(b.body, name);

    it('loads with no errors and no warnings', () => {
      expect(result.diagnostics.map(formatDiagnostic)).toEqual([]);
    });

    it('reaches every ending', () => {
      expect(result.analysis?.unreachableEndings).toEqual([]);
      expect(result.analysis?.endingsReached.length).toBe(result.analysis?.endings.length);
    });

    it('has a model answer that passes overall and on every score', () => {
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const { pass } = result.loaded.scenario.scoring;
      const best = result.analysis.overall.best;
      expect(result.analysis.modelAnswer).not.toBeNull();
      expect(best?.overall ?? 0).toBeGreaterThanOrEqual(pass);
      for (const d of DIMENSIONS) {
        const score = best?.dimensions[d] ?? null;
        if (score !== null) expect(score, d).toBeGreaterThanOrEqual(pass);
      }
    });
  });

  it.each(marked('broken').map((b) => [where(b), b] as const))(
    'broken example at %s has an error, and its output is shown',
    (_at, b) => {
      const result = checkScenario(b.body, nameOf(b));
      expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
      const shown = marked('output of').some((o) => definitionBefore(nameOf(o), o.line) === b);
      expect(shown, 'an output of block after it, before it is redefined').toBe(true);
    },
  );

  it.each(marked('output of').map((b) => [where(b), b] as const))(
    'output at %s is what the checker prints',
    (_at, b) => {
      const file = definitionBefore(nameOf(b), b.line);
      expect(file, `an example or broken block named ${nameOf(b)} above`).toBeDefined();
      if (file === undefined) return;
      expect(b.body).toBe(checkerOutput(nameOf(b), file.body).join('\n'));
    },
  );

  it.each(marked('part of').map((b) => [where(b), b] as const))(
    'snippet at %s appears in its example',
    (_at, b) => {
      const example = marked('example').find((e) => nameOf(e) === nameOf(b));
      expect(example, `an example named ${nameOf(b)}`).toBeDefined();
      expect(containsSnippet(example?.body ?? '', b.body)).toBe(true);
    },
  );

  it.each(marked('settings').map((b) => [where(b), b] as const))(
    'editor settings at %s map the schema onto the scenario files',
    (_at, b) => {
      // VS Code reads workspace settings from this one place.
      expect(nameOf(b)).toBe('.vscode/settings.json');
      const settings = JSON.parse(b.body) as Record<string, unknown>;
      const schemas = settings['yaml.schemas'] as Record<string, string | string[]> | undefined;
      expect(schemas).toBeTypeOf('object');
      const entries = Object.entries(schemas ?? {});
      expect(entries.length).toBeGreaterThan(0);
      for (const [schema, globs] of entries) {
        expect(resolve(ROOT, schema)).toBe(SCHEMA_FILE);
        const matchers = [globs].flat().map(globMatcher);
        for (const file of [...shippedFiles, ...definedNames]) {
          const path = join(ROOT, file);
          expect(
            matchers.some((m) => m.test(path)),
            `${file} is matched`,
          ).toBe(true);
        }
      }
    },
  );

  it('points every yaml-language-server line at the scenario schema', () => {
    const modelines = marked('example')
      .concat(marked('broken'), marked('part of'))
      .flatMap((b) =>
        [...b.body.matchAll(/^#\s*yaml-language-server:\s*\$schema=(\S+)/gm)].map((m) => ({
          b,
          url: m[1] ?? '',
        })),
      );
    expect(modelines.length).toBeGreaterThan(0);
    for (const { b, url } of modelines) {
      expect(resolve(dirname(join(ROOT, nameOf(b))), url), where(b)).toBe(SCHEMA_FILE);
    }
  });

  it('only runs npm scripts that exist, on files that exist or are examples', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    const commands = guide.blocks.filter((b) => COMMAND_LANGS.has(b.lang));
    expect(commands.length).toBeGreaterThan(0);
    const wrong = commands.flatMap((b) =>
      b.body
        .split('\n')
        .map((l) => l.replace(/\s+#.*$/, '').trim())
        .filter((l) => l !== '')
        .flatMap((command) => {
          if (/^npm (start|test|install|ci)$/.test(command)) return [];
          const run = /^npm run (\S+)(?: -- (.+))?$/.exec(command);
          if (run === null) return [`${where(b)}: '${command}' is not an npm command`];
          const problems: string[] = [];
          const script = run[1] ?? '';
          if (!Object.hasOwn(pkg.scripts, script))
            problems.push(`${where(b)}: no script ${script}`);
          for (const arg of (run[2] ?? '').split(/\s+/).filter((a) => !a.startsWith('-'))) {
            if (arg !== '' && !definedNames.has(arg) && !existsSync(join(ROOT, arg))) {
              problems.push(`${where(b)}: no file ${arg}`);
            }
          }
          return problems;
        }),
    );
    expect(wrong).toEqual([]);
  });

  it('quotes the analysis as the checker prints it', () => {
    const quoting = proseMarked('quoting output of');
    expect(quoting.length).toBeGreaterThan(0);
    for (const { line, name, lines } of quoting) {
      const file = definitionBefore(name, line);
      expect(file, `an example or broken block named ${name} above line ${line}`).toBeDefined();
      const output = checkerOutput(name, file?.body ?? '').join('\n');
      const phrases = [...lines.join('\n').matchAll(/\*\*([^*]+)\*\*/g)].map((m) => m[1] ?? '');
      expect(phrases.length).toBeGreaterThan(0);
      expect(phrases.filter((phrase) => !output.includes(phrase))).toEqual([]);
    }
  });

  it('quotes only messages the checker gives', () => {
    const tables = proseMarked('messages from');
    expect(tables.length).toBeGreaterThan(0);
    for (const { name: folder, lines } of tables) expectKnownMessages(folder, lines);
  });

  it('links only to files and headings that exist', () => {
    const anchors = new Set(
      guide.prose.flatMap((p) => {
        const heading = /^#{1,6}\s+(.*)$/.exec(p.text);
        return heading === null ? [] : [anchorOf(heading[1] ?? '')];
      }),
    );
    const broken = [...proseText.matchAll(/\]\(([^)\s]+)\)/g)]
      .map((m) => m[1] ?? '')
      .filter((link) => !/^[a-z]+:/.test(link))
      .filter((link) =>
        link.startsWith('#')
          ? !anchors.has(link.slice(1))
          : !existsSync(resolve(dirname(GUIDE_FILE), link.replace(/#.*$/, ''))),
      );
    expect(broken).toEqual([]);
  });

  it('names every top-level key of the format', () => {
    const missing = Object.keys(scenarioSchema.shape).filter((k) => !codeSpans.has(k));
    expect(missing).toEqual([]);
  });

  it('names every principle tag', () => {
    expect(PRINCIPLES.filter((p) => !codeSpans.has(p))).toEqual([]);
  });

  it('names every key of the JSON Schema, every guard and action, and every channel', () => {
    const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as unknown;
    const names = [
      ...propertyNames(schema),
      ...GUARD_NAMES,
      ...ACTION_NAMES,
      ...Object.keys(DEFAULT_REPLY_WITHIN),
    ];
    expect(names.filter((n) => !codeSpans.has(n))).toEqual([]);
  });
});
