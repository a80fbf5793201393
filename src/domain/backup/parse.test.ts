import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBackup, parseBackup } from './parse';
import { BACKUP_VERSION, MAX_BACKUP_BYTES, MAX_PEOPLE, MAX_RECORDS } from './schema';

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
    ['name-bidi-override.json', 'invalid'],
    ['name-zero-width-only.json', 'invalid'],
    ['todo-lone-surrogate.json', 'invalid'],
    ['deep-nesting.json', 'too-deep'],
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

describe('what a backup may hold', () => {
  const valid = () =>
    JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/valid-backup.json'), 'utf8')) as {
      data: Record<string, unknown[]>;
    };

  it('refuses more people or records than the screens can carry, saying so', () => {
    const people = valid();
    const first = people.data.profiles![0] as { id: string; name: string };
    people.data.profiles = Array.from({ length: MAX_PEOPLE + 1 }, (_, i) => ({
      ...first,
      id: `p-${i}`,
      name: `P${i}`,
    }));
    expect(parseBackup(JSON.stringify(people))).toMatchObject({ ok: false, problem: 'too-many' });

    const todos = valid();
    todos.data.todos = Array.from({ length: MAX_RECORDS + 1 }, () => ({}));
    expect(parseBackup(JSON.stringify(todos))).toMatchObject({ ok: false, problem: 'too-many' });
  });

  it('takes UTF-8 text and refuses any other encoding as such', () => {
    const text = readFileSync(join(process.cwd(), 'tests/fixtures/valid-backup.json'), 'utf8');
    expect(decodeBackup(new TextEncoder().encode(text).buffer)).toBe(text);
    // "李明" in GBK: not UTF-8.
    expect(decodeBackup(new Uint8Array([0x7b, 0x22, 0xc0, 0xee, 0xc3, 0xf7, 0x22, 0x7d]).buffer)).toBeNull();
  });
});

describe('backup files of every released format version (tests/fixtures/backup, frozen)', () => {
  const folder = join(process.cwd(), 'tests/fixtures/backup');
  const released = readdirSync(folder).filter((f) => f.endsWith('.json'));

  it('has one for each version up to this one', () => {
    expect(released).toEqual(Array.from({ length: BACKUP_VERSION }, (_, i) => `v${i + 1}.json`));
  });

  it.each(released)('%s is read whole by today’s import', (file) => {
    const text = readFileSync(join(folder, file), 'utf8');
    const result = parseBackup(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const raw = JSON.parse(text) as { data: Record<string, unknown[]> };
    for (const [table, records] of Object.entries(raw.data))
      expect(result.backup.data[table as keyof typeof result.backup.data]).toHaveLength(records.length);
  });
});

describe('an older backup', () => {
  it('with the settings no version read (language, large text) comes in without them (migration 0004)', () => {
    const text = readFileSync(join(process.cwd(), 'tests/fixtures/backup/v1.json'), 'utf8');
    expect(JSON.parse(text).data.settings[0]).toMatchObject({ language: 'zh', largeText: true });
    const result = parseBackup(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.backup.data.settings[0]).not.toHaveProperty('language');
    expect(result.backup.data.settings[0]).not.toHaveProperty('largeText');
  });

  it('from version 1 carries a Shanghai paidOn and payment period into that year’s payment', () => {
    const text = readFileSync(join(process.cwd(), 'tests/fixtures/backup/v1.json'), 'utf8');
    const old = JSON.parse(text).data.shanghaiEnrolments[0];
    expect(old).toMatchObject({ paidOn: '2026-10-01', paymentWindowStart: '2026-09-01' });
    const result = parseBackup(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.backup.version).toBe(BACKUP_VERSION); // upgraded through every step to the newest
    const [record] = result.backup.data.shanghaiEnrolments;
    expect(record!.payments).toEqual([
      { year: 2026, windowStart: '2026-09-01', windowEnd: '2026-12-20', paidOn: '2026-10-01' },
    ]);
    expect(record).not.toHaveProperty('paidOn');
  });

  it('from version 1 puts a payment made in spring into the period of the autumn before', () => {
    const file = JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/backup/v1.json'), 'utf8'));
    const [old] = file.data.shanghaiEnrolments;
    file.data.shanghaiEnrolments = [
      { ...old, paidOn: '2027-02-01', paymentWindowStart: undefined, paymentWindowEnd: undefined },
    ];
    const result = parseBackup(JSON.stringify(file));
    expect(result.ok && result.backup.data.shanghaiEnrolments[0]!.payments).toEqual([
      { year: 2026, paidOn: '2027-02-01' },
    ]);
  });
});
