import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readDrop } from './file-drop.ts';
import { canSaveInPlace, openScenarioFile } from './open-file.ts';
import { canOpenFolder, folderFromFiles, openScenarioFolder } from './open-folder.ts';
import { readScenarioFile } from './scenario-file.ts';
import { saveScenarioFile, saveScenarioFileAs } from './save-file.ts';

// These tests run in jsdom, which (like Firefox and Safari) has none of the File System
// Access pickers: what is tested here is the fallbacks, and the handle paths with fakes.

const yamlFile = (name: string, text = 'format: cx-scenario/1\n') => new File([text], name);

/** Answers the next file input's click with these files (jsdom opens no dialog). */
function answerFileInput(files: File[] | 'cancel') {
  return vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementationOnce(function (
    this: HTMLInputElement,
  ) {
    if (files === 'cancel') {
      this.dispatchEvent(new Event('cancel'));
      return;
    }
    Object.defineProperty(this, 'files', { value: files });
    this.dispatchEvent(new Event('change'));
  });
}

/** A fake file handle whose writes land in `written`. */
function fakeHandle(name: string, text: string, written: string[] = []) {
  return {
    kind: 'file',
    name,
    getFile: () => Promise.resolve(yamlFile(name, text)),
    createWritable: () =>
      Promise.resolve({
        write: (t: string) => Promise.resolve(void written.push(t)),
        close: () => Promise.resolve(),
      }),
  } as unknown as FileSystemFileHandle;
}

let downloads: { name: string; blob: Blob }[];

beforeEach(() => {
  downloads = [];
  let blob: Blob | undefined;
  URL.createObjectURL = (b: Blob) => {
    blob = b;
    return 'blob:test';
  };
  URL.revokeObjectURL = () => undefined;
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    downloads.push({ name: this.download, blob: blob! });
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  const w = window as unknown as Record<string, unknown>;
  delete w.showOpenFilePicker;
  delete w.showDirectoryPicker;
  delete w.showSaveFilePicker;
  document.body.innerHTML = '';
});

describe('reading a scenario file', () => {
  it('reads YAML and JSON files', async () => {
    expect(await readScenarioFile(yamlFile('a.yml', 'x: 1'))).toEqual({
      name: 'a.yml',
      text: 'x: 1',
    });
    expect((await readScenarioFile(yamlFile('a.JSON', '{}'))).text).toBe('{}');
  });

  it('refuses other files and huge ones in plain words', async () => {
    await expect(readScenarioFile(yamlFile('notes.txt'))).rejects.toThrow(
      "'notes.txt' is not a scenario file: open a .yaml, .yml or .json file.",
    );
    const huge = yamlFile('huge.yaml');
    Object.defineProperty(huge, 'size', { value: 30 * 1024 * 1024 });
    await expect(readScenarioFile(huge)).rejects.toThrow(
      "'huge.yaml' is 30.0 MB; scenario files are limited to 5 MB.",
    );
  });
});

describe('opening a file', () => {
  it('uses a file input where the browser has no picker, and cannot save in place', async () => {
    expect(canSaveInPlace()).toBe(false);
    answerFileInput([yamlFile('demo.yaml', 'id: demo\n')]);
    expect(await openScenarioFile()).toEqual({ name: 'demo.yaml', text: 'id: demo\n' });
    expect(document.querySelector('input[type=file]')).toBeNull();
  });

  it('resolves null when the file input is cancelled', async () => {
    answerFileInput('cancel');
    expect(await openScenarioFile()).toBeNull();
  });

  it('uses showOpenFilePicker where there is one and keeps the handle', async () => {
    const handle = fakeHandle('demo.yaml', 'id: demo\n');
    Object.assign(window, { showOpenFilePicker: () => Promise.resolve([handle]) });
    expect(canSaveInPlace()).toBe(true);
    expect(await openScenarioFile()).toEqual({ name: 'demo.yaml', text: 'id: demo\n', handle });
  });

  it('treats closing the picker as a cancel and a refusal as a plain message', async () => {
    Object.assign(window, {
      showOpenFilePicker: () => Promise.reject(new DOMException('closed', 'AbortError')),
    });
    expect(await openScenarioFile()).toBeNull();
    Object.assign(window, {
      showOpenFilePicker: () => Promise.reject(new DOMException('no', 'SecurityError')),
    });
    await expect(openScenarioFile()).rejects.toThrow(/did not let the studio open a file/);
  });
});

describe('opening a folder', () => {
  function inFolder(path: string, text = 'id: x\n') {
    const file = yamlFile(path.split('/').pop()!, text);
    Object.defineProperty(file, 'webkitRelativePath', { value: path });
    return file;
  }

  it('lists the scenario files of a folder input, sorted, skipping the rest', async () => {
    expect(canOpenFolder()).toBe(false);
    answerFileInput([
      inFolder('lib/b.yaml'),
      inFolder('lib/readme.md'),
      inFolder('lib/sub/a.json', '{}'),
      inFolder('lib/a.yml'),
    ]);
    const folder = (await openScenarioFolder())!;
    expect(folder.name).toBe('lib');
    expect(folder.files.map((f) => f.path)).toEqual(['a.yml', 'b.yaml', 'sub/a.json']);
    expect(await folder.files[2]!.open()).toEqual({ name: 'sub/a.json', text: '{}' });
    expect(folderFromFiles([])).toBeNull();
  });

  it('walks a folder handle where the browser has showDirectoryPicker', async () => {
    const entries = (list: unknown[]) => ({
      async *values() {
        for (const e of list) yield await Promise.resolve(e);
      },
    });
    const sub = { kind: 'directory', name: 'support', ...entries([fakeHandle('angry.yaml', 'a')]) };
    const skipped = {
      kind: 'directory',
      name: 'node_modules',
      ...entries([fakeHandle('x.yaml', 'x')]),
    };
    const root = {
      kind: 'directory',
      name: 'scenarios',
      ...entries([fakeHandle('z.yaml', 'z'), fakeHandle('notes.txt', 'n'), sub, skipped]),
    };
    Object.assign(window, { showDirectoryPicker: () => Promise.resolve(root) });
    expect(canOpenFolder()).toBe(true);
    const folder = (await openScenarioFolder())!;
    expect(folder.files.map((f) => f.path)).toEqual(['support/angry.yaml', 'z.yaml']);
    const opened = await folder.files[0]!.open();
    expect(opened).toMatchObject({ name: 'support/angry.yaml', text: 'a' });
    expect(opened.handle).toBeDefined();
  });
});

describe('saving', () => {
  it('writes back through the handle', async () => {
    const written: string[] = [];
    const handle = fakeHandle('demo.yaml', 'old', written);
    expect(await saveScenarioFile({ name: 'demo.yaml', text: 'new', handle })).toEqual({
      kind: 'saved',
      handle,
    });
    expect(written).toEqual(['new']);
    expect(downloads).toEqual([]);
  });

  it('downloads where there is no handle', async () => {
    expect(await saveScenarioFile({ name: 'folder/demo.yaml', text: 'id: demo\n' })).toEqual({
      kind: 'downloaded',
      reason: undefined,
    });
    expect(downloads.map((d) => d.name)).toEqual(['demo.yaml']);
    expect(await downloads[0]!.blob.text()).toBe('id: demo\n');
    expect(downloads[0]!.blob.type).toBe('text/yaml');
  });

  it('downloads, saying why, when the file cannot be written or permission is refused', async () => {
    const broken = {
      ...fakeHandle('demo.yaml', 'old'),
      name: 'demo.yaml',
      createWritable: () => Promise.reject(new DOMException('gone', 'NotFoundError')),
    } as unknown as FileSystemFileHandle;
    const failed = await saveScenarioFile({ name: 'demo.yaml', text: 'new', handle: broken });
    expect(failed).toEqual({
      kind: 'downloaded',
      reason:
        "'demo.yaml' could not be written (moved, deleted or read-only?), so it was downloaded instead.",
    });
    const refused = Object.assign(fakeHandle('demo.json', 'old'), {
      queryPermission: () => Promise.resolve('prompt'),
      requestPermission: () => Promise.resolve('denied'),
    });
    const outcome = await saveScenarioFile({ name: 'demo.json', text: '{}', handle: refused });
    expect(outcome.kind === 'downloaded' ? outcome.reason : '').toBe(
      "The browser did not allow writing to 'demo.json', so it was downloaded instead.",
    );
    expect(downloads.map((d) => [d.name, d.blob.type])).toEqual([
      ['demo.yaml', 'text/yaml'],
      ['demo.json', 'application/json'],
    ]);
  });

  it('saves a new file as a download where there is no save picker, and to the picked file where there is', async () => {
    expect(await saveScenarioFileAs('new-scenario.yaml', 'x')).toMatchObject({
      kind: 'downloaded',
    });
    const written: string[] = [];
    const handle = fakeHandle('new-scenario.yaml', '', written);
    Object.assign(window, { showSaveFilePicker: () => Promise.resolve(handle) });
    expect(await saveScenarioFileAs('new-scenario.yaml', 'y')).toEqual({ kind: 'saved', handle });
    expect(written).toEqual(['y']);
    Object.assign(window, {
      showSaveFilePicker: () => Promise.reject(new DOMException('closed', 'AbortError')),
    });
    expect(await saveScenarioFileAs('new-scenario.yaml', 'z')).toEqual({ kind: 'cancelled' });
  });
});

describe('dropping files', () => {
  it('reads the scenario files dropped and says why the others were not opened', async () => {
    const data = {
      types: ['Files'],
      items: [
        { kind: 'file', getAsFile: () => yamlFile('a.yaml', 'a') },
        { kind: 'file', getAsFile: () => yamlFile('photo.png', 'p') },
        { kind: 'string', getAsFile: () => null },
      ],
      files: [],
    } as unknown as DataTransfer;
    const result = await readDrop(data);
    expect(result.files).toEqual([{ name: 'a.yaml', text: 'a' }]);
    expect(result.problems).toEqual([
      "'photo.png' is not a scenario file: open a .yaml, .yml or .json file.",
    ]);
  });

  it('keeps the handle of a dropped file where the browser gives one, and refuses folders', async () => {
    const handle = fakeHandle('b.yaml', 'b');
    const data = {
      types: ['Files'],
      items: [
        {
          kind: 'file',
          getAsFile: () => yamlFile('b.yaml', 'b'),
          getAsFileSystemHandle: () => Promise.resolve(handle),
        },
        {
          kind: 'file',
          getAsFile: () => null,
          getAsFileSystemHandle: () => Promise.resolve({ kind: 'directory', name: 'lib' }),
        },
      ],
      files: [],
    } as unknown as DataTransfer;
    const result = await readDrop(data);
    expect(result.files).toEqual([{ name: 'b.yaml', text: 'b', handle }]);
    expect(result.problems).toEqual([
      "'lib' is a folder: use Open folder to open the files in it.",
    ]);
  });

  it('falls back to the file list where there are no items', async () => {
    const data = { types: ['Files'], files: [yamlFile('c.yml', 'c')] } as unknown as DataTransfer;
    expect((await readDrop(data)).files).toEqual([{ name: 'c.yml', text: 'c' }]);
  });
});
