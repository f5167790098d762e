import { strFromU8, strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipFiles, zipPathProblem } from './zip-writer.ts';

const MTIME = new Date(2026, 0, 2, 3, 4, 6);

function files(entries: Record<string, string | Uint8Array>): Map<string, Uint8Array> {
  return new Map(
    Object.entries(entries).map(([path, data]) => [
      path,
      typeof data === 'string' ? strToU8(data) : data,
    ]),
  );
}

describe('zipFiles', () => {
  it('round-trips every file, nested paths and binary content included', () => {
    const binary = Uint8Array.from({ length: 3000 }, (_, i) => (i * 37) % 256);
    const input = files({
      'imsmanifest.xml': '<manifest/>',
      'index.html': '<!doctype html><p>Café ☕</p>',
      'assets/index-abc.js': 'console.log(1);'.repeat(200),
      'assets/logo.png': binary,
    });
    const out = unzipSync(zipFiles(input, MTIME));
    expect(Object.keys(out).sort()).toEqual([...input.keys()].sort());
    expect(strFromU8(out['index.html'] ?? new Uint8Array())).toBe('<!doctype html><p>Café ☕</p>');
    expect(out['assets/logo.png']).toEqual(binary);
    expect(strFromU8(out['assets/index-abc.js'] ?? new Uint8Array())).toBe(
      'console.log(1);'.repeat(200),
    );
  });

  it('compresses text', () => {
    const text = 'the same line again\n'.repeat(5000);
    expect(zipFiles(files({ 'a.txt': text }), MTIME).length).toBeLessThan(text.length / 20);
  });

  it('gives the same bytes for the same files in any insertion order', () => {
    const a = zipFiles(files({ 'b.txt': 'b', 'a.txt': 'a' }), MTIME);
    const b = zipFiles(files({ 'a.txt': 'a', 'b.txt': 'b' }), MTIME);
    expect(a).toEqual(b);
  });

  it('starts with a local file header and ends with the end-of-central-directory record', () => {
    const zip = zipFiles(files({ 'a.txt': 'a' }), MTIME);
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    expect(view.getUint32(zip.length - 22, true)).toBe(0x06054b50);
  });

  it('refuses paths that would land outside the package folder', () => {
    expect(() => zipFiles(files({ '../evil.js': 'x' }), MTIME)).toThrow(/'\.\.\/evil\.js'/);
    expect(() => zipFiles(files({ '/etc/passwd': 'x' }), MTIME)).toThrow(/absolute/);
    expect(() => zipFiles(files({ 'a\\b.js': 'x' }), MTIME)).toThrow(/backslash/);
  });
});

describe('zipPathProblem', () => {
  it('accepts ordinary relative paths', () => {
    expect(zipPathProblem('assets/index-abc.js')).toBeUndefined();
    expect(zipPathProblem('cmi5.xml')).toBeUndefined();
  });

  it('names empty and dot segments', () => {
    expect(zipPathProblem('')).toBe('an empty path');
    expect(zipPathProblem('a//b')).toMatch(/empty, '\.' or '\.\.' segment/);
    expect(zipPathProblem('./a')).toMatch(/segment/);
  });
});
