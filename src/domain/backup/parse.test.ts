import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBackup } from './parse';
import { MAX_BACKUP_BYTES } from './schema';

const corpus = join(process.cwd(), 'tests/fixtures/hostile-backups');
const files = readdirSync(corpus).filter((f) => f.endsWith('.json'));

describe('reading a backup file without trusting it', () => {
  it('has a corpus of at least 30 malformed files', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  it.each(files)('refuses %s', (file) => {
    const text = readFileSync(join(corpus, file), 'utf8');
    const result = parseBackup(text);
    expect(result.ok).toBe(false);
    // Nothing leaks onto Object.prototype while reading.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it.each([
    ['proto-top.json', 'unsafe'],
    ['constructor.json', 'unsafe'],
    ['newer-version.json', 'newer-version'],
    ['not-json.json', 'not-json'],
    ['truncated.json', 'not-json'],
    ['wrong-format.json', 'not-backup'],
    ['dangling-profile.json', 'broken-links'],
    ['profile-bad-id-number.json', 'invalid'],
    ['card-year-9999.json', 'invalid'],
    ['profile-born-1850.json', 'invalid'],
  ])('%s → %s', (file, problem) => {
    const result = parseBackup(readFileSync(join(corpus, file), 'utf8'));
    expect(result).toMatchObject({ ok: false, problem });
  });

  it('accepts the valid backup', () => {
    const result = parseBackup(readFileSync(join(process.cwd(), 'tests/fixtures/valid-backup.json'), 'utf8'));
    expect(result.ok).toBe(true);
  });

  it('refuses a file over the size limit before reading it', () => {
    expect(parseBackup('{}', MAX_BACKUP_BYTES + 1)).toEqual({ ok: false, problem: 'too-large' });
  });
});
