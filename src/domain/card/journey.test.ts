import { describe, expect, it } from 'vitest';
import { buildCardApplication, buildProfile, buildReceiptCode } from '../../../tests/builders';
import { chinaWorkingDays } from '../dates/china-holidays';
import { cardNeed, cardStage, expectedReady } from './journey';

describe('expected ready date by channel', () => {
  it.each([
    ['bank-online', '2026-01-31', '2026-02-28'],
    ['bank-online', '2024-01-31', '2024-02-29'],
    ['bank-online', '2026-11-22', '2026-12-22'],
    ['bank-window', '2026-09-30', '2026-10-22'],
    ['bank-window', '2026-11-20', '2026-12-08'],
    ['instant-issue', '2026-11-22', '2026-11-22'],
  ] as const)('%s submitted %s → %s', (channel, submittedOn, date) => {
    expect(expectedReady({ channel, submittedOn }, chinaWorkingDays)).toEqual({
      date,
      basis: 'computed',
      fallbackYears: [],
    });
  });

  it('estimates the holidays where the holiday data ends, and says which years', () => {
    const beyond = Math.max(...chinaWorkingDays.coveredYears) + 1;
    const ready = expectedReady(
      { channel: 'bank-window', submittedOn: `${beyond - 1}-12-24` },
      chinaWorkingDays,
    );
    expect(ready?.fallbackYears).toEqual([beyond]);
  });

  it("prefers the user's own date", () => {
    expect(
      expectedReady(
        { channel: 'bank-window', submittedOn: '2026-11-20', expectedReadyOverride: '2026-11-30' },
        chinaWorkingDays,
      ),
    ).toEqual({ date: '2026-11-30', basis: 'override', fallbackYears: [] });
  });

  it('has no date before the application is submitted', () => {
    expect(expectedReady({ channel: 'bank-online' }, chinaWorkingDays)).toBeNull();
  });
});

describe('card stage', () => {
  const calendar = chinaWorkingDays;
  const code = buildReceiptCode();
  const submitted = buildCardApplication({
    channel: 'bank-window',
    submittedOn: '2026-11-20',
    pickedUpOn: undefined,
    activatedOn: undefined,
  });
  it.each([
    ['nothing yet', undefined, undefined, '2026-11-22', 'not-started'],
    ['a receipt code', code, undefined, '2026-11-22', 'code-ready'],
    ['submitted, before the ready date', code, submitted, '2026-12-07', 'submitted'],
    ['submitted, on the ready date', code, submitted, '2026-12-08', 'ready-to-collect'],
    ['picked up', code, { ...submitted, pickedUpOn: '2026-12-09' }, '2026-12-09', 'collected'],
    [
      'activated',
      code,
      { ...submitted, pickedUpOn: '2026-12-09', activatedOn: '2026-12-09' },
      '2026-12-09',
      'activated',
    ],
  ] as const)('%s → %s', (_name, receiptCode, application, today, stage) => {
    expect(cardStage({ receiptCode, application, today, calendar })).toBe(stage);
  });
});

describe('who needs the card', () => {
  it.each([
    [{}, 'needed', false],
    [{ hasWorkingChildCard: true }, 'may-skip', false],
    [{ idType: 'passport', idNumber: 'E12345678', dateOfBirth: undefined }, 'not-in-scheme', true],
    [{ city: 'shanghai' }, 'other-city', false],
    [{ idType: 'hk-macao-permit', idNumber: 'H12345678', dateOfBirth: undefined }, 'needed', true],
  ] as const)('%o → %s', (overrides, need, inPersonCode) => {
    expect(cardNeed(buildProfile(overrides))).toEqual({ need, inPersonCode });
  });
});

describe('wait times', () => {
  // content audit X-3
  it('are the seeds’ own numbers: 12 working days at a bank window, about a month online', async () => {
    const { CARD_CHANNEL_INFO } = await import('./journey');
    // Written out from seed 001 and seed 000, not read back from the facts the code is built from.
    expect(CARD_CHANNEL_INFO['bank-window'].ready).toEqual({ kind: 'working-days', days: 12 });
    expect(CARD_CHANNEL_INFO['bank-online'].ready).toEqual({ kind: 'months', months: 1 });
  });
});
