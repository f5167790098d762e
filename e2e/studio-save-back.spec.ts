import { readFileSync } from 'node:fs';
import type { Download, Locator, Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures.ts';
import { draftTexts, studioEditor, studioStatus } from './support/studio-page.ts';

/**
 * Saving back to the same file (File System Access API), end to end. Headless Chromium cannot
 * show the native pickers, so an init script replaces them with pickers that answer with real
 * handles from the origin private file system (OPFS), which the test prepares and reads back.
 */

const VOID = readFileSync('scenarios/into-the-email-void.yaml', 'utf8');
const CALLER = readFileSync('scenarios/the-angry-caller.yaml', 'utf8');
const CHOICE = readFileSync('scenarios/spoiled-for-choice.yaml', 'utf8');
/** The shipped file with one target misspelt (its first use, in the first turn's first option). */
const BROKEN = VOID.replace('target: neighbour_question', 'target: neighbor_question');
const BROKEN_LINE = VOID.slice(0, VOID.indexOf('target: neighbour_question')).split('\n').length;
const EDIT = '# Edited in the studio\n';

/** The three pickers the studio calls. */
type PickerKind = 'open' | 'save' | 'directory';
/**
 * What the fake picker does next: answer with the OPFS entry at a path, be cancelled, or
 * fail (as Chromium does when, say, the picker is not called from a user's gesture).
 */
type PickerAnswer = { path: string } | 'cancel' | 'fail';

/** The fakes' state in the page (reset by every load): queued answers and what was asked. */
interface FakeFileSystem {
  answers: Record<PickerKind, PickerAnswer[]>;
  calls: { kind: string; detail: string }[];
  /** 'prompt' makes handles report no permission until a queued answer grants it. */
  permission: 'real' | 'prompt';
  permissionAnswers: PermissionState[];
}

/**
 * Runs in the page before the app: replaces the pickers with OPFS-backed fakes and lets the
 * test stand in for the permission prompt. Self-contained, as it is sent to the page as text.
 */
function installFakeFileSystem(): void {
  const state: FakeFileSystem = {
    answers: { open: [], save: [], directory: [] },
    calls: [],
    permission: 'real',
    permissionAnswers: [],
  };
  Object.assign(window, { __fakeFileSystem: state });

  /** The OPFS entry at `a/b/c.yaml`; `create` makes it as a save picker does. */
  const resolve = async (path: string, kind: 'file' | 'directory', create: boolean) => {
    const parts = path.split('/');
    const last = parts.pop() ?? '';
    let dir = await navigator.storage.getDirectory();
    for (const part of parts) dir = await dir.getDirectoryHandle(part, { create });
    return kind === 'file'
      ? dir.getFileHandle(last, { create })
      : dir.getDirectoryHandle(last, { create });
  };
  /** Takes the queued answer; a picker the test did not expect fails loudly. */
  const next = (kind: PickerKind, detail: string): { path: string } => {
    state.calls.push({ kind, detail });
    const answer = state.answers[kind].shift();
    if (answer === undefined) {
      throw new DOMException(`The test did not expect the ${kind} picker.`, 'NotAllowedError');
    }
    if (answer === 'cancel') throw new DOMException('The user aborted a request.', 'AbortError');
    if (answer === 'fail')
      throw new DOMException('Must be handling a user gesture.', 'SecurityError');
    return answer;
  };

  Object.assign(window, {
    showOpenFilePicker: async (options?: { multiple?: boolean }) => [
      await resolve(next('open', `multiple=${String(options?.multiple)}`).path, 'file', false),
    ],
    showSaveFilePicker: async (options?: { suggestedName?: string }) =>
      resolve(next('save', options?.suggestedName ?? '').path, 'file', true),
    showDirectoryPicker: async (options?: { mode?: string }) =>
      resolve(next('directory', options?.mode ?? '').path, 'directory', false),
  });

  // Chromium's OPFS handles are always writable; a handle a user picked and the browser
  // restored from IndexedDB asks again. 'prompt' plays that part, the queue the user's answer.
  type Permissions = {
    queryPermission: (d: { mode: string }) => Promise<PermissionState>;
    requestPermission: (d: { mode: string }) => Promise<PermissionState>;
  };
  const proto = FileSystemHandle.prototype as unknown as Permissions;
  const realQuery = proto.queryPermission;
  proto.queryPermission = function (this: FileSystemHandle, descriptor) {
    if (state.permission === 'prompt') return Promise.resolve('prompt');
    return realQuery.call(this, descriptor);
  };
  proto.requestPermission = function (this: FileSystemHandle, descriptor) {
    state.calls.push({ kind: 'permission', detail: `${this.name} ${descriptor.mode}` });
    const answer = state.permissionAnswers.shift() ?? 'denied';
    if (answer === 'granted') state.permission = 'real';
    return Promise.resolve(answer);
  };
}

/** Queues what the next picker of this kind answers. */
async function answerNextPicker(page: Page, kind: PickerKind, answer: PickerAnswer) {
  await page.evaluate(
    ([k, a]) => {
      (window as unknown as { __fakeFileSystem: FakeFileSystem }).__fakeFileSystem.answers[k].push(
        a,
      );
    },
    [kind, answer] as const,
  );
}

/** From now on handles ask for permission; the user answers each request in turn. */
async function askPermission(page: Page, answers: PermissionState[]) {
  await page.evaluate((a) => {
    const fs = (window as unknown as { __fakeFileSystem: FakeFileSystem }).__fakeFileSystem;
    fs.permission = 'prompt';
    fs.permissionAnswers.push(...a);
  }, answers);
}

/** Every picker and permission request the app made since the page loaded. */
function pickerCalls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (window as unknown as { __fakeFileSystem: FakeFileSystem }).__fakeFileSystem.calls.map(
      (c) => `${c.kind}: ${c.detail}`,
    ),
  );
}

/** Lets the page finish what it does after a picker settled (promise jobs, React, a frame). */
async function settle(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}

/** Writes a file into the page's OPFS, making its folders. */
async function writeOpfs(page: Page, path: string, text: string) {
  await page.evaluate(
    async ([p, t]) => {
      const parts = p.split('/');
      const last = parts.pop() ?? '';
      let dir = await navigator.storage.getDirectory();
      for (const part of parts) dir = await dir.getDirectoryHandle(part, { create: true });
      const writable = await (await dir.getFileHandle(last, { create: true })).createWritable();
      await writable.write(t);
      await writable.close();
    },
    [path, text] as const,
  );
}

/** A file's text in the page's OPFS, or null when there is none. */
function readOpfs(page: Page, path: string): Promise<string | null> {
  return page.evaluate(async (p) => {
    const parts = p.split('/');
    const last = parts.pop() ?? '';
    try {
      let dir = await navigator.storage.getDirectory();
      for (const part of parts) dir = await dir.getDirectoryHandle(part);
      return await (await dir.getFileHandle(last)).getFile().then((f) => f.text());
    } catch {
      return null;
    }
  }, path);
}

/** Removes a file or a whole folder from the page's OPFS (the file moved away on disk). */
async function removeOpfs(page: Page, path: string) {
  await page.evaluate(async (p) => {
    const parts = p.split('/');
    const last = parts.pop() ?? '';
    let dir = await navigator.storage.getDirectory();
    for (const part of parts) dir = await dir.getDirectoryHandle(part);
    await dir.removeEntry(last, { recursive: true });
  }, path);
}

/** Every download the page starts, to prove none happened or read the one that did. */
function collectDownloads(page: Page): Download[] {
  const downloads: Download[] = [];
  page.on('download', (d) => downloads.push(d));
  return downloads;
}

const status = studioStatus;
const editor = studioEditor;
const changedMark = (page: Page) =>
  page.getByRole('heading', { level: 2 }).getByText('changed since saved');

/** Opens the OPFS file at `path` through "Open a file…" and waits for its check. */
async function openThroughPicker(page: Page, path: string) {
  const name = path.split('/').pop() ?? path;
  await answerNextPicker(page, 'open', { path });
  await page.getByRole('button', { name: 'Open a file…' }).click();
  await expect(editor(page, name)).toBeVisible();
  await expect(status(page)).toHaveText('No errors: the file loads.');
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeVisible();
}

/** Types a line at the top of the file in the editor. */
async function typeAtTop(page: Page, text: Locator, line: string) {
  await text.focus();
  await expect(text).toBeFocused();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type(line);
  await expect(changedMark(page)).toBeVisible();
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(installFakeFileSystem);
  await page.goto('/#/studio');
  await expect(page.getByRole('heading', { name: 'Your drafts' })).toBeVisible();
});

test('Save writes the edited text back to the file that was opened', async ({ page }) => {
  const downloads = collectDownloads(page);
  await writeOpfs(page, 'into-the-email-void.yaml', VOID);
  await openThroughPicker(page, 'into-the-email-void.yaml');
  expect(await pickerCalls(page)).toEqual(['open: multiple=false']);
  await expect(changedMark(page)).toHaveCount(0);

  await typeAtTop(page, editor(page, 'into-the-email-void.yaml'), EDIT);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(status(page)).toHaveText('Saved to into-the-email-void.yaml.');
  await expect(changedMark(page)).toHaveCount(0);
  expect(await readOpfs(page, 'into-the-email-void.yaml')).toBe(EDIT + VOID);
  expect(downloads).toHaveLength(0);
  await expectNoSeriousA11yViolations(page);
});

test('after a reload the draft still saves to its file, asking for permission again', async ({
  page,
}) => {
  const downloads = collectDownloads(page);
  await writeOpfs(page, 'into-the-email-void.yaml', VOID);
  await openThroughPicker(page, 'into-the-email-void.yaml');
  await typeAtTop(page, editor(page, 'into-the-email-void.yaml'), EDIT);
  await expect(page.getByText('Draft kept in this browser')).toBeVisible({ timeout: 15_000 });

  // A new visit: the handle comes back from IndexedDB, without the permission to write.
  await page.reload();
  await expect(editor(page, 'into-the-email-void.yaml')).toBeVisible();
  await page.getByRole('link', { name: 'Scenarios and drafts' }).click();
  const drafts = page.getByRole('list', { name: 'Drafts' });
  await expect(drafts.getByRole('listitem')).toHaveCount(1);
  await drafts.getByRole('link', { name: 'into-the-email-void.yaml' }).click();
  await expect(editor(page, 'into-the-email-void.yaml')).toContainText('# Edited in the studio');
  await expect(changedMark(page)).toBeVisible();
  // Still tied to the file: Save, not Download.
  const save = page.getByRole('button', { name: 'Save', exact: true });
  await expect(save).toBeVisible();
  await askPermission(page, ['denied', 'granted']);

  // Refused: the file is untouched, the text leaves as a download, and the page says why.
  const downloading = page.waitForEvent('download');
  await save.click();
  const download = await downloading;
  await expect(status(page)).toHaveText(
    "The browser did not allow writing to 'into-the-email-void.yaml', so it was downloaded instead.",
  );
  expect(readFileSync(await download.path(), 'utf8')).toBe(EDIT + VOID);
  expect(await readOpfs(page, 'into-the-email-void.yaml')).toBe(VOID);
  await expect(changedMark(page)).toBeVisible();

  // Allowed: written back to the same file.
  await save.click();
  await expect(status(page)).toHaveText('Saved to into-the-email-void.yaml.');
  expect(await readOpfs(page, 'into-the-email-void.yaml')).toBe(EDIT + VOID);
  await expect(changedMark(page)).toHaveCount(0);
  expect(await pickerCalls(page)).toEqual([
    'permission: into-the-email-void.yaml readwrite',
    'permission: into-the-email-void.yaml readwrite',
  ]);
  expect(downloads).toHaveLength(1);
  await expectNoSeriousA11yViolations(page);
});

test('Save as… writes a second file, and the draft then saves to that one', async ({ page }) => {
  await writeOpfs(page, 'into-the-email-void.yaml', VOID);
  await openThroughPicker(page, 'into-the-email-void.yaml');
  await typeAtTop(page, editor(page, 'into-the-email-void.yaml'), EDIT);

  await answerNextPicker(page, 'save', { path: 'copies/email-void-copy.yaml' });
  await page.getByRole('button', { name: 'Save as…' }).click();
  await expect(status(page)).toHaveText('Saved to email-void-copy.yaml.');
  expect(await readOpfs(page, 'copies/email-void-copy.yaml')).toBe(EDIT + VOID);
  expect(await readOpfs(page, 'into-the-email-void.yaml')).toBe(VOID);
  expect((await pickerCalls(page)).at(-1)).toBe('save: into-the-email-void.yaml');
  await expect(
    page.getByRole('heading', { level: 2, name: 'email-void-copy.yaml', exact: true }),
  ).toBeVisible();

  // The next plain Save goes to the copy, not to the file first opened; the editor is
  // named after the copy now.
  await typeAtTop(page, editor(page, 'email-void-copy.yaml'), '# Second edit\n');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(status(page)).toHaveText('Saved to email-void-copy.yaml.');
  await expect(changedMark(page)).toHaveCount(0);
  expect(await readOpfs(page, 'copies/email-void-copy.yaml')).toBe(`# Second edit\n${EDIT}${VOID}`);
  expect(await readOpfs(page, 'into-the-email-void.yaml')).toBe(VOID);
  await expectNoSeriousA11yViolations(page);
});

test('a folder lists its scenario files; the broken one shows its problem and saves back fixed', async ({
  page,
}) => {
  // A scenario's id must match its file name, so the broken file keeps the shipped name.
  await writeOpfs(page, 'library/into-the-email-void.yaml', BROKEN);
  await writeOpfs(page, 'library/the-angry-caller.yaml', CALLER);
  await writeOpfs(page, 'library/support/spoiled-for-choice.yaml', CHOICE);
  await writeOpfs(page, 'library/notes.txt', 'not a scenario');
  await writeOpfs(page, 'library/.drafts/hidden.yaml', VOID);
  await writeOpfs(page, 'library/node_modules/pkg/skipped.yaml', VOID);

  await answerNextPicker(page, 'directory', { path: 'library' });
  await page.getByRole('button', { name: 'Open a folder…' }).click();
  await expect(page.getByRole('heading', { name: 'In library' })).toBeVisible();
  const files = page.getByRole('list', { name: 'Scenario files in library' });
  await expect(files.getByRole('listitem')).toHaveText([
    /^into-the-email-void\.yaml/,
    /^support\/spoiled-for-choice\.yaml/,
    /^the-angry-caller\.yaml/,
  ]);
  expect(await pickerCalls(page)).toEqual(['directory: readwrite']);
  await expectNoSeriousA11yViolations(page);

  await files.getByRole('button', { name: 'Edit into-the-email-void.yaml' }).click();
  await expect(editor(page, 'into-the-email-void.yaml')).toBeVisible();
  await expect(status(page)).toHaveText(/1 error to fix/);
  const problem = page.getByRole('button', { name: new RegExp(`^${BROKEN_LINE}:\\d+ error`) });
  await expect(problem).toContainText("did you mean 'neighbour_question'?");
  await expectNoSeriousA11yViolations(page);

  // Fix it where the problem points, and Save writes into the folder, in place.
  await problem.click();
  await expect(editor(page, 'into-the-email-void.yaml')).toBeFocused();
  // A narrow editor wraps long lines, and End stops at each wrap: go to the line's real end.
  for (let wrap = 0; wrap < 3; wrap++) await page.keyboard.press('Shift+End');
  await page.keyboard.type('neighbour_question');
  await page.keyboard.press('Escape');
  await expect(status(page)).toHaveText('No errors: the file loads.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(status(page)).toHaveText('Saved to into-the-email-void.yaml.');
  expect(await readOpfs(page, 'library/into-the-email-void.yaml')).toBe(VOID);

  // A file in a subfolder keeps its folder in the draft's name after saving in place.
  await page.getByRole('link', { name: 'Scenarios and drafts' }).click();
  await answerNextPicker(page, 'directory', { path: 'library' });
  await page.getByRole('button', { name: 'Open a folder…' }).click();
  await page
    .getByRole('list', { name: 'Scenario files in library' })
    .getByRole('button', { name: 'Edit support/spoiled-for-choice.yaml' })
    .click();
  const nested = editor(page, 'support/spoiled-for-choice.yaml');
  await typeAtTop(page, nested, '# checked\n');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(status(page)).toHaveText('Saved to spoiled-for-choice.yaml.');
  await expect(nested).toBeVisible();
  expect(await readOpfs(page, 'library/support/spoiled-for-choice.yaml')).toBe(
    `# checked\n${CHOICE}`,
  );
});

test('cancelling a picker changes nothing and shows no error', async ({ page }) => {
  const downloads = collectDownloads(page);
  await writeOpfs(page, 'into-the-email-void.yaml', VOID);
  await writeOpfs(page, 'library/into-the-email-void.yaml', VOID);

  await answerNextPicker(page, 'open', 'cancel');
  await page.getByRole('button', { name: 'Open a file…' }).click();
  await expect.poll(() => pickerCalls(page)).toEqual(['open: multiple=false']);
  await answerNextPicker(page, 'directory', 'cancel');
  await page.getByRole('button', { name: 'Open a folder…' }).click();
  await expect.poll(() => pickerCalls(page)).toHaveLength(2);
  await settle(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: /^In / })).toHaveCount(0);
  await expect(page.getByText('No drafts yet.')).toBeVisible();
  await expect(page).toHaveURL(/#\/studio$/);

  await openThroughPicker(page, 'into-the-email-void.yaml');
  await typeAtTop(page, editor(page, 'into-the-email-void.yaml'), EDIT);
  await answerNextPicker(page, 'save', 'cancel');
  await page.getByRole('button', { name: 'Save as…' }).click();
  await expect.poll(() => pickerCalls(page)).toHaveLength(4);
  await settle(page);
  await expect(status(page)).toHaveText('No errors: the file loads.');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(changedMark(page)).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 2, name: /^into-the-email-void\.yaml/ }),
  ).toBeVisible();
  expect(await readOpfs(page, 'into-the-email-void.yaml')).toBe(VOID);

  // Still tied to the file it was opened from.
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(status(page)).toHaveText('Saved to into-the-email-void.yaml.');
  expect(await readOpfs(page, 'into-the-email-void.yaml')).toBe(EDIT + VOID);
  expect(downloads).toHaveLength(0);
});

test('a write that fails keeps the draft changed, says why, and loses no text', async ({
  page,
}) => {
  await writeOpfs(page, 'work/into-the-email-void.yaml', VOID);
  await openThroughPicker(page, 'work/into-the-email-void.yaml');
  await typeAtTop(page, editor(page, 'into-the-email-void.yaml'), EDIT);

  // The file's folder goes away on disk: writing through the handle now fails.
  await removeOpfs(page, 'work');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const download = await downloading;
  await expect(status(page)).toHaveText(
    "'into-the-email-void.yaml' could not be written (moved, deleted or read-only?), so it was downloaded instead.",
  );
  await expect(changedMark(page)).toBeVisible();
  expect(download.suggestedFilename()).toBe('into-the-email-void.yaml');
  expect(readFileSync(await download.path(), 'utf8')).toBe(EDIT + VOID);
  await expect(editor(page, 'into-the-email-void.yaml')).toContainText('# Edited in the studio');
  expect(await draftTexts(page)).toEqual([EDIT + VOID]);
  await expectNoSeriousA11yViolations(page);

  // A reload still finds the edit, marked as not in the file.
  await page.reload();
  await expect(editor(page, 'into-the-email-void.yaml')).toContainText('# Edited in the studio');
  await expect(changedMark(page)).toBeVisible();
});

test('a save picker that fails keeps the draft changed and says why', async ({ page }) => {
  await writeOpfs(page, 'into-the-email-void.yaml', VOID);
  await openThroughPicker(page, 'into-the-email-void.yaml');
  await typeAtTop(page, editor(page, 'into-the-email-void.yaml'), EDIT);

  await answerNextPicker(page, 'save', 'fail');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save as…' }).click();
  const download = await downloading;
  await expect(status(page)).toHaveText(
    'The browser did not open the save dialog, so into-the-email-void.yaml was downloaded instead.',
  );
  expect(readFileSync(await download.path(), 'utf8')).toBe(EDIT + VOID);
  // The file the draft is tied to did not change, so neither does the mark.
  await expect(changedMark(page)).toBeVisible();
  expect(await readOpfs(page, 'into-the-email-void.yaml')).toBe(VOID);
});

test('a file gone from an opened folder gives a plain message when opened', async ({ page }) => {
  await writeOpfs(page, 'library/into-the-email-void.yaml', VOID);
  await writeOpfs(page, 'library/the-angry-caller.yaml', CALLER);
  await answerNextPicker(page, 'directory', { path: 'library' });
  await page.getByRole('button', { name: 'Open a folder…' }).click();
  const files = page.getByRole('list', { name: 'Scenario files in library' });
  await expect(files.getByRole('listitem')).toHaveCount(2);

  await removeOpfs(page, 'library/the-angry-caller.yaml');
  await files.getByRole('button', { name: 'Edit the-angry-caller.yaml' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    "Opening the-angry-caller.yaml failed: 'the-angry-caller.yaml' could not be read: it may have been moved or deleted.",
  );
  await expect(page.getByText('No drafts yet.')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
