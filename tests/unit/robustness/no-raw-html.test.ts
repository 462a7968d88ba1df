// Page content is untrusted. None of our code may hand a string to the HTML parser of an extension
// page: a regression here would let a press release run script in the popup or collection page.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');
const SINKS = /\.(innerHTML|outerHTML)\s*[+]?=|insertAdjacentHTML\s*\(|dangerouslySetInnerHTML|document\.write(ln)?\s*\(|createContextualFragment\s*\(|\bnew Function\s*\(|\beval\s*\(/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.(ts|tsx|js|mjs|html)$/.test(name) ? [p] : [];
  });
}

describe('no raw HTML sinks in extension code', () => {
  it('finds the sinks it looks for (the check itself works)', () => {
    expect(SINKS.test('el.innerHTML = page.title')).toBe(true);
    expect(SINKS.test('<div dangerouslySetInnerHTML={{ __html: x }} />')).toBe(true);
    expect(SINKS.test('el.textContent = page.title')).toBe(false);
  });

  it('lib/ and entrypoints/ assign no page data to innerHTML or similar', () => {
    const offenders: string[] = [];
    for (const file of [...sources(join(root, 'lib')), ...sources(join(root, 'entrypoints'))]) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (SINKS.test(line) && !/^\s*(\/\/|\*)/.test(line)) offenders.push(`${relative(root, file)}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(offenders).toEqual([]);
  });
});
