import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { strToU8 } from 'fflate';
import { didYouMean } from '../../core/scenario/did-you-mean.ts';
import type { Output } from '../check-command.ts';
import { cmi5CourseXml } from './cmi5-course-xml.ts';
import { loadLmsLibrary, type LmsScenario } from './lms-scenarios.ts';
import { PACKAGE_USAGE, parsePackageOptions } from './package-options.ts';
import {
  cmi5CourseOf,
  planPackages,
  scorm12PackageOf,
  type PlannedPackage,
} from './package-plan.ts';
import { readTree } from './read-tree.ts';
import { rootReferences } from './relative-assets.ts';
import { scorm12ManifestXml } from './scorm12-manifest-xml.ts';
import { zipFiles } from './zip-writer.ts';

/** What the command needs from the machine, replaceable in tests. */
export interface PackageDeps {
  /** The folder of shipped scenarios. */
  scenariosDir: string;
  /** Builds the app with a relative base into the given (empty, temporary) folder. */
  buildApp: (outDir: string) => Promise<void>;
  /** Where lines go. */
  io: Output;
  /** The time stamped on the zip entries. */
  now: () => Date;
  /** Folder relative paths (such as `--out`) are resolved against. */
  cwd: string;
}

/** `1.2 MB`, `34.5 KB` or `812 B`. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** A path as the user would type it: relative to the working folder when inside it. */
function shown(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The chosen scenarios in the order asked, or a line per unknown id. */
function choose(
  all: readonly LmsScenario[],
  ids: readonly string[],
): { chosen: LmsScenario[] } | { problems: string[] } {
  if (ids.length === 0) return { chosen: [...all] };
  const byId = new Map(all.map((s) => [s.id, s]));
  const problems = ids
    .filter((id) => !byId.has(id))
    .map(
      (id) => `--scenario: no shipped scenario has the id '${id}'${didYouMean(id, byId.keys())}`,
    );
  if (problems.length > 0) {
    problems.push(`shipped ids: ${[...byId.keys()].join(', ')}`);
    return { problems };
  }
  return { chosen: ids.map((id) => byId.get(id)).filter((s) => s !== undefined) };
}

/** The files of both packages of one plan: the app plus each standard's manifest. */
function packageFiles(
  pkg: PlannedPackage,
  app: ReadonlyMap<string, Uint8Array>,
  iriBase: string,
  moveOn: Parameters<typeof cmi5CourseOf>[2],
): { cmi5: Map<string, Uint8Array>; scorm12: Map<string, Uint8Array> } {
  const appPaths = [...app.keys()];
  const cmi5 = new Map(app);
  cmi5.set('cmi5.xml', strToU8(cmi5CourseXml(cmi5CourseOf(pkg, iriBase, moveOn))));
  const scorm12 = new Map(app);
  scorm12.set('imsmanifest.xml', strToU8(scorm12ManifestXml(scorm12PackageOf(pkg, appPaths))));
  return { cmi5, scorm12 };
}

/**
 * Runs `package:lms`: checks the arguments and the scenarios before anything is built, builds
 * the app once, then writes a cmi5 and a SCORM 1.2 zip per package. Returns the exit code.
 */
export async function runPackageLms(args: readonly string[], deps: PackageDeps): Promise<number> {
  const { io } = deps;
  const parsed = parsePackageOptions(args);
  if (parsed.kind === 'help') {
    io.out(PACKAGE_USAGE);
    return 0;
  }
  if (parsed.kind === 'invalid') {
    for (const problem of parsed.problems) io.err(`error: ${problem}`);
    io.err(`\n${PACKAGE_USAGE}`);
    return 2;
  }
  const options = parsed.options;

  const library = loadLmsLibrary(deps.scenariosDir);
  if (library.problems.length > 0) {
    for (const line of library.problems) io.err(line);
    io.err('error: a scenario file is broken; fix it (npm run check:scenarios) before packaging');
    return 1;
  }
  if (library.scenarios.length === 0) {
    io.err('error: there are no scenarios to package');
    return 1;
  }
  const chosen = choose(library.scenarios, options.scenarioIds);
  if ('problems' in chosen) {
    for (const line of chosen.problems) io.err(`error: ${line}`);
    return 1;
  }

  const buildDir = mkdtempSync(join(tmpdir(), 'extra-mile-lms-'));
  try {
    io.out('Building the app with a relative base…');
    try {
      await deps.buildApp(buildDir);
    } catch (error) {
      io.err(`error: the app build failed: ${reason(error)}`);
      return 1;
    }
    const app = readTree(buildDir);
    const rooted = rootReferences(app);
    if (rooted.length > 0) {
      for (const line of rooted) io.err(`error: ${line}`);
      return 1;
    }
    for (const reserved of ['cmi5.xml', 'imsmanifest.xml']) {
      if (app.has(reserved)) {
        io.err(
          `error: the build has its own ${reserved}, which the package manifest would replace`,
        );
        return 1;
      }
    }

    const outDir = resolve(deps.cwd, options.out);
    mkdirSync(outDir, { recursive: true });
    const mtime = deps.now();
    let written = 0;
    for (const pkg of planPackages(chosen.chosen, options.library)) {
      const files = packageFiles(pkg, app, options.iriBase, options.moveOn);
      for (const [standard, contents] of [
        ['cmi5', files.cmi5],
        ['scorm12', files.scorm12],
      ] as const) {
        const path = join(outDir, `extra-mile-${pkg.name}-${standard}.zip`);
        const zip = zipFiles(contents, mtime);
        writeFileSync(path, zip);
        written++;
        const count =
          pkg.scenarios.length === 1 ? '1 scenario' : `${pkg.scenarios.length} scenarios`;
        io.out(
          `wrote ${shown(deps.cwd, path)} (${formatSize(zip.length)}, ${contents.size} files, ${count})`,
        );
      }
    }
    io.out(`Wrote ${written} packages to ${shown(deps.cwd, outDir)}/.`);
    return 0;
  } catch (error) {
    io.err(`error: ${reason(error)}`);
    return 1;
  } finally {
    rmSync(buildDir, { recursive: true, force: true });
  }
}
