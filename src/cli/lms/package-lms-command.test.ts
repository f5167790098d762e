// @vitest-environment jsdom
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { formatSize, runPackageLms, type PackageDeps } from './package-lms-command.ts';

// A path string: jsdom's URL is not one Node's fileURLToPath accepts.
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../core/scenario/fixtures');
const APP: Record<string, string> = {
  'index.html':
    '<!doctype html><link rel="icon" href="./favicon.svg"><script type="module" src="./assets/index-a.js"></script>',
  'assets/index-a.js': 'import("./valid-b.js");',
  'assets/valid-b.js': 'export default {};',
  'favicon.svg': '<svg/>',
};

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function temp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'package-lms-test-'));
  temps.push(dir);
  return dir;
}

function setup(scenarioFiles: string[], app: Record<string, string> = APP) {
  const root = temp();
  const scenariosDir = join(root, 'scenarios');
  mkdirSync(scenariosDir);
  for (const name of scenarioFiles) copyFileSync(join(FIXTURES, name), join(scenariosDir, name));
  const out: string[] = [];
  const err: string[] = [];
  const builds: string[] = [];
  const deps: PackageDeps = {
    scenariosDir,
    cwd: root,
    now: () => new Date(2026, 10, 22, 12, 0, 0),
    io: { out: (line) => out.push(line), err: (line) => err.push(line) },
    buildApp: (dir) => {
      builds.push(dir);
      for (const [path, text] of Object.entries(app)) {
        mkdirSync(join(dir, path, '..'), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
      return Promise.resolve();
    },
  };
  return { root, deps, out, err, builds };
}

function unzip(path: string): Record<string, string> {
  const files = unzipSync(readFileSync(path));
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

function xml(text: string | undefined): Document {
  return new DOMParser().parseFromString(text ?? '', 'application/xml');
}

describe('runPackageLms', () => {
  it('writes a cmi5 and a SCORM 1.2 package per scenario, each the whole app plus its manifest', async () => {
    const { root, deps, out, err, builds } = setup(['valid.yaml', 'single-option.yaml']);
    expect(await runPackageLms([], deps)).toBe(0);
    expect(err).toEqual([]);
    expect(readdirSync(join(root, 'dist-lms')).sort()).toEqual([
      'extra-mile-single-option-cmi5.zip',
      'extra-mile-single-option-scorm12.zip',
      'extra-mile-valid-cmi5.zip',
      'extra-mile-valid-scorm12.zip',
    ]);
    expect(out).toContainEqual(
      expect.stringMatching(
        /^wrote dist-lms\/extra-mile-valid-cmi5\.zip \(\d+(\.\d)? (B|KB), 5 files, 1 scenario\)$/,
      ),
    );
    expect(out.at(-1)).toBe('Wrote 4 packages to dist-lms/.');

    const cmi5 = unzip(join(root, 'dist-lms', 'extra-mile-valid-cmi5.zip'));
    expect(Object.keys(cmi5).sort()).toEqual([
      'assets/index-a.js',
      'assets/valid-b.js',
      'cmi5.xml',
      'favicon.svg',
      'index.html',
    ]);
    expect(cmi5['index.html']).toBe(APP['index.html']);
    const au = xml(cmi5['cmi5.xml']).getElementsByTagName('au')[0];
    expect(au?.getAttribute('id')).toBe('https://extra-mile.app/xapi/activities/scenario/valid');
    expect(au?.getAttribute('moveOn')).toBe('Passed');
    expect(au?.getAttribute('masteryScore')).toBe('0.7');
    expect(au?.getElementsByTagName('url')[0]?.textContent).toBe(
      'index.html?lms=cmi5&scenario=valid',
    );
    expect(xml(cmi5['cmi5.xml']).getElementsByTagName('course')[0]?.getAttribute('id')).toBe(
      'https://extra-mile.app/xapi/activities/course/valid',
    );

    const scorm = unzip(join(root, 'dist-lms', 'extra-mile-valid-scorm12.zip'));
    const manifest = xml(scorm['imsmanifest.xml']);
    const resource = manifest.getElementsByTagName('resource')[0];
    expect(resource?.getAttribute('href')).toBe('index.html?lms=scorm12&scenario=valid');
    expect(
      [...(resource?.getElementsByTagName('file') ?? [])].map((f) => f.getAttribute('href')),
    ).toEqual(Object.keys(APP).sort());
    expect(manifest.getElementsByTagName('adlcp:masteryscore')[0]?.textContent).toBe('70');
    // The temporary build folder is gone.
    expect(builds).toHaveLength(1);
    expect(existsSync(builds[0] ?? '')).toBe(false);
  });

  it('puts the chosen scenarios into one library package with the moveOn and IRI base asked for', async () => {
    const { root, deps } = setup(['valid.yaml', 'single-option.yaml']);
    const code = await runPackageLms(
      [
        '--library',
        '--scenario',
        'single-option',
        '--scenario',
        'valid',
        '--move-on',
        'CompletedAndPassed',
        '--iri-base',
        'https://training.example.com/ids',
        '--out',
        'lms',
      ],
      deps,
    );
    expect(code).toBe(0);
    expect(readdirSync(join(root, 'lms')).sort()).toEqual([
      'extra-mile-library-cmi5.zip',
      'extra-mile-library-scorm12.zip',
    ]);
    const course = xml(unzip(join(root, 'lms', 'extra-mile-library-cmi5.zip'))['cmi5.xml']);
    const aus = [...course.getElementsByTagName('au')];
    expect(aus.map((a) => a.getAttribute('id'))).toEqual([
      'https://training.example.com/ids/scenario/single-option',
      'https://training.example.com/ids/scenario/valid',
    ]);
    expect(aus.map((a) => a.getAttribute('moveOn'))).toEqual([
      'CompletedAndPassed',
      'CompletedAndPassed',
    ]);
    expect(course.getElementsByTagName('course')[0]?.getAttribute('id')).toBe(
      'https://training.example.com/ids/course/library',
    );
    const manifest = xml(
      unzip(join(root, 'lms', 'extra-mile-library-scorm12.zip'))['imsmanifest.xml'],
    );
    expect(
      [...manifest.getElementsByTagName('item')].map((i) => i.getAttribute('identifierref')),
    ).toEqual(['res-single-option', 'res-valid']);
  });

  it('names an unknown scenario id, suggests the near one, and builds nothing', async () => {
    const { deps, err, builds } = setup(['valid.yaml', 'single-option.yaml']);
    expect(await runPackageLms(['--scenario', 'single-optoin'], deps)).toBe(1);
    expect(err).toEqual([
      "error: --scenario: no shipped scenario has the id 'single-optoin' - did you mean 'single-option'?",
      'error: shipped ids: single-option, valid',
    ]);
    expect(builds).toEqual([]);
  });

  it('stops on a broken scenario file with its diagnostics, before building', async () => {
    const { deps, err, builds } = setup(['valid.yaml', 'bad-channel.yaml']);
    expect(await runPackageLms([], deps)).toBe(1);
    expect(err[0]).toMatch(/^scenarios\/bad-channel\.yaml:\d+:\d+: error: /);
    expect(err.at(-1)).toBe(
      'error: a scenario file is broken; fix it (npm run check:scenarios) before packaging',
    );
    expect(builds).toEqual([]);
  });

  it('refuses a build that refers to its files from the server root', async () => {
    const { root, deps, err } = setup(['valid.yaml'], {
      ...APP,
      'index.html': '<script src="/assets/index-a.js"></script>',
    });
    expect(await runPackageLms([], deps)).toBe(1);
    expect(err).toEqual([
      'error: index.html: refers to src="/assets/index-a.js" from the server root; the package must use relative URLs',
    ]);
    expect(existsSync(join(root, 'dist-lms'))).toBe(false);
  });

  it('says when the build fails', async () => {
    const { deps, err } = setup(['valid.yaml']);
    deps.buildApp = () => Promise.reject(new Error('Rollup failed to resolve import "x"'));
    expect(await runPackageLms([], deps)).toBe(1);
    expect(err).toEqual(['error: the app build failed: Rollup failed to resolve import "x"']);
  });

  it('answers bad arguments with every problem and the usage, exit code 2', async () => {
    const { deps, err, builds } = setup(['valid.yaml']);
    expect(await runPackageLms(['--move-on', 'Sometimes', '--nope'], deps)).toBe(2);
    expect(err[0]).toBe('error: unknown option --nope');
    expect(err[1]).toMatch(/^error: --move-on: 'Sometimes' is not a cmi5 moveOn value/);
    expect(err[2]).toMatch(/Usage: npm run package:lms/);
    expect(builds).toEqual([]);
  });
});

describe('formatSize', () => {
  it('uses B, KB and MB', () => {
    expect(formatSize(812)).toBe('812 B');
    expect(formatSize(35_328)).toBe('34.5 KB');
    expect(formatSize(1_258_291)).toBe('1.2 MB');
  });
});
