import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'analysis');
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/analyze.ts', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
  });

describe('analyze command line', { timeout: 30_000 }, () => {
  it('prints one JSON document for an HTML page', () => {
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/analyze.ts', join(FIXTURES, 'harbour-strike.html')],
      { cwd: ROOT, encoding: 'utf8' },
    );
    const doc = JSON.parse(out) as {
      version: number;
      title: string;
      statements: unknown[];
      figures: unknown[];
    };
    expect(doc.version).toBe(1);
    expect(doc.title).toBe('Dock workers walk out as port talks stall');
    expect(doc.statements.length).toBeGreaterThan(10);
  });

  it('reads --jsonl lines and answers one line each with the same id', () => {
    const input = [
      '{"id":"a","text":"Officials said the bridge was safe."}',
      '{"id":"b","text":"It may rain."}',
    ].join('\n');
    const r = run(['--jsonl'], input);
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; statements: { label: string }[] });
    expect(lines.map((l) => [l.id, l.statements[0]?.label])).toEqual([
      ['a', 'reported'],
      ['b', 'speculation'],
    ]);
  });

  const dir = mkdtempSync(join(tmpdir(), 'claimlight-cli-'));
  const empty = join(dir, 'empty.txt');
  const binary = join(dir, 'image.txt');
  writeFileSync(empty, '  \n');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));

  it.each([
    ['a missing file', [join(dir, 'nope.html')], /cannot read/],
    ['an empty file', [empty], /empty/],
    ['a binary file', [binary], /binary/],
    ['a page with no article', [join(FIXTURES, 'search-results.html')], /no article/],
    ['no file at all', [], /usage/],
  ])('rejects %s with a message and no stack trace', (_what, args, message) => {
    const r = run(args);
    expect(r.status).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('rejects a malformed --jsonl line', () => {
    const r = run(['--jsonl'], 'not json\n');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/line 1/);
  });
});
