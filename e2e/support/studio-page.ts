import type { Locator, Page } from '@playwright/test';

/**
 * Drops a file on the studio, as an author dragging it from their folder: on the start
 * page's heading unless another target is given.
 */
export async function dropFile(
  page: Page,
  name: string,
  text: string,
  target: Locator = page.getByRole('heading', { name: 'Start' }),
): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ([fileName, contents]) => {
      const data = new DataTransfer();
      data.items.add(new File([contents], fileName, { type: 'text/yaml' }));
      return data;
    },
    [name, text] as const,
  );
  await target.dispatchEvent('drop', { dataTransfer });
}

/** The line under the toolbar that says how the check went. */
export const studioStatus = (page: Page) => page.locator('.studio-status');

/** The YAML editor of a draft, by its file's name. */
export const studioEditor = (page: Page, name: string) =>
  page.getByRole('textbox', { name: `Scenario file ${name}` });

/** The texts of every draft kept in the browser's database (what a reload will find). */
export function draftTexts(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('extra-mile');
        open.onerror = () => reject(new Error('no database'));
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('drafts').objectStore('drafts').getAll();
          all.onsuccess = () => {
            resolve((all.result as { text: string }[]).map((d) => d.text));
            db.close();
          };
          all.onerror = () => reject(new Error('no drafts'));
        };
      }),
  );
}
