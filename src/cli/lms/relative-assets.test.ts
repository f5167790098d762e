import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { rootReferences } from './relative-assets.ts';

function tree(entries: Record<string, string>): Map<string, Uint8Array> {
  return new Map(Object.entries(entries).map(([path, text]) => [path, strToU8(text)]));
}

describe('rootReferences', () => {
  it('accepts a build that refers to everything relatively', () => {
    expect(
      rootReferences(
        tree({
          'index.html':
            '<link rel="icon" href="./favicon.svg"><script type="module" src="./assets/index-a.js"></script><a href="https://x.example/">x</a>',
          'assets/index-a.js':
            'import("./chunk-b.js"); new URL("./worker-c.js", import.meta.url); fetch("//cdn.example/x")',
          'assets/index-a.css':
            'body{background:url(./bg.png)} .x{background:url("data:image/png;base64,AA")}',
        }),
      ),
    ).toEqual([]);
  });

  it('names each reference from the server root, by file', () => {
    expect(
      rootReferences(
        tree({
          'index.html':
            '<script type="module" src="/assets/index-a.js"></script><link href=\'/favicon.svg\'>',
          'assets/index-a.js': 'const u = "/assets/chunk-b.js";',
          'assets/index-a.css': 'body{background:url(/assets/bg.png)}',
        }),
      ),
    ).toEqual([
      'index.html: refers to src="/assets/index-a.js" from the server root; the package must use relative URLs',
      "index.html: refers to href='/favicon.svg' from the server root; the package must use relative URLs",
      'assets/index-a.js: refers to "/assets/chunk-b.js" from the server root; the package must use relative URLs',
      'assets/index-a.css: refers to url(/assets/bg.png) from the server root; the package must use relative URLs',
    ]);
  });

  it('needs an index.html', () => {
    expect(rootReferences(tree({ 'assets/a.js': '' }))).toEqual([
      'index.html: missing from the build',
    ]);
  });
});
