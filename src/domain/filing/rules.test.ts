import { describe, expect, it } from 'vitest';
import { buildFiling } from '../../../tests/builders';
import { checkFilingSave, filingValidity } from './rules';
import { askedSteps, wizard, type WizardAnswers } from './wizard';

describe('"Do I need to file?"', () => {
  it.each<[string, WizardAnswers, string | null, string | null]>([
    ['first question', {}, 'emergency', null],
    ['an emergency', { emergency: 'yes' }, null, 'no-filing-emergency'],
    ['not an emergency: why away?', { emergency: 'no' }, 'reason', null],
    ['a Shenzhen hospital refers me', { emergency: 'no', reason: 'referral' }, null, 'referral'],
    ['home for the summer: where?', { emergency: 'no', reason: 'home-holiday' }, 'where', null],
    [
      'home for the summer in Guangdong',
      { emergency: 'no', reason: 'home-holiday', where: 'guangdong' },
      null,
      'no-filing-in-guangdong',
    ],
    [
      'home for the summer in Hunan',
      { emergency: 'no', reason: 'home-holiday', where: 'other-province' },
      null,
      'temporary',
    ],
    [
      'a short trip outside Guangdong',
      { emergency: 'no', reason: 'short-trip', where: 'other-province' },
      null,
      'temporary',
    ],
    [
      'an internship elsewhere: how long?',
      { emergency: 'no', reason: 'internship', where: 'other-province' },
      'longStay',
      null,
    ],
    [
      'an internship of a few months',
      { emergency: 'no', reason: 'internship', where: 'other-province', longStay: 'no' },
      null,
      'temporary',
    ],
    [
      'an internship with a residence permit',
      { emergency: 'no', reason: 'internship', where: 'other-province', longStay: 'yes' },
      null,
      'long-term-residence',
    ],
    [
      'a term away in Guangdong',
      { emergency: 'no', reason: 'study-away', where: 'guangdong', longStay: 'no' },
      null,
      'no-filing-in-guangdong',
    ],
    [
      'a term away in Guangdong with residence',
      { emergency: 'no', reason: 'study-away', where: 'guangdong', longStay: 'yes' },
      null,
      'long-term-residence',
    ],
    [
      'a term away elsewhere',
      { emergency: 'no', reason: 'study-away', where: 'other-province', longStay: 'no' },
      null,
      'temporary',
    ],
  ])('%s', (_name, answers, next, outcome) => {
    const state = wizard(answers);
    expect(state.next).toBe(next);
    expect(state.outcome).toBe(outcome);
    expect(state.sourceIds).toContain('seed-004');
  });

  it('lists the questions asked so far', () => {
    expect(askedSteps({ emergency: 'no', reason: 'internship', where: 'guangdong' })).toEqual([
      'emergency',
      'reason',
      'where',
      'longStay',
    ]);
  });
});

describe('saving a filing', () => {
  const changsha = buildFiling({ id: 'old', type: 'temporary-travel', status: 'approved' });
  const wuhan = { destinationProvince: '湖北省', destinationCity: '武汉市' };
  it.each([
    [
      'a temporary filing to another city supersedes the old one once it is approved',
      changsha,
      buildFiling({ id: 'new', ...wuhan, startDate: '2026-08-01', status: 'approved' }),
      ['old'],
    ],
    [
      '…not while it is only submitted (the old one lapses after the new one succeeds)',
      changsha,
      buildFiling({ id: 'new', ...wuhan, startDate: '2026-08-01', status: 'submitted' }),
      [],
    ],
    [
      '…and never a filing that starts later than it',
      changsha,
      buildFiling({ id: 'new', ...wuhan, startDate: '2026-06-01', status: 'approved' }),
      [],
    ],
    ['…but not a filing to the same city', changsha, buildFiling({ id: 'new', startDate: '2026-08-01' }), []],
    ['…and a draft changes nothing', changsha, buildFiling({ id: 'new', ...wuhan, status: 'draft' }), []],
    [
      '…and a cancelled old one is left alone',
      { ...changsha, status: 'cancelled' as const },
      buildFiling({ id: 'new', ...wuhan, status: 'approved' }),
      [],
    ],
    [
      'a referral supersedes nothing',
      changsha,
      buildFiling({ id: 'new', ...wuhan, type: 'referral', status: 'approved' }),
      [],
    ],
  ])('%s', (_name, old, incoming, superseded) => {
    const check = checkFilingSave(incoming, [old]);
    expect(check.ok).toBe(true);
    if (check.ok) expect(check.supersedes.map((f) => f.id)).toEqual(superseded);
  });

  it.each(['rejected', 'cancelled', 'draft'] as const)(
    'a newer filing that ends %s gives back the one it had replaced',
    (status) => {
      const replaced = { ...changsha, status: 'superseded' as const, supersededBy: 'new' };
      const check = checkFilingSave(buildFiling({ id: 'new', ...wuhan, status }), [replaced]);
      expect(check.ok && check.restores.map((f) => f.id)).toEqual(['old']);
      const stillApproved = checkFilingSave(buildFiling({ id: 'new', ...wuhan, status: 'approved' }), [
        replaced,
      ]);
      expect(stillApproved.ok && stillApproved.restores).toEqual([]);
    },
  );

  it.each(['long-term-residence', 'retiree-resettled', 'stationed-for-work'] as const)(
    'refuses a second active long-term filing (%s): cancel the old one first',
    (type) => {
      const old = buildFiling({ id: 'old', type: 'long-term-residence', status: 'approved' });
      const check = checkFilingSave(buildFiling({ id: 'new', type, ...wuhan, status: 'submitted' }), [old]);
      expect(check).toMatchObject({ ok: false, problem: 'long-term-overlap', conflicting: { id: 'old' } });
      expect(
        checkFilingSave(buildFiling({ id: 'new', type, ...wuhan, status: 'submitted' }), [
          { ...old, status: 'cancelled' },
        ]).ok,
      ).toBe(true);
    },
  );

  it.each([
    ['2026-07-01', '2026-12-31', true],
    ['2026-07-01', '2027-01-01', false],
  ])('a long-term filing started %s, changed city on %s: residence proof %s', (oldStart, newStart, proof) => {
    const old = buildFiling({
      id: 'old',
      type: 'long-term-residence',
      status: 'cancelled',
      startDate: oldStart,
    });
    const check = checkFilingSave(
      buildFiling({
        id: 'new',
        type: 'long-term-residence',
        ...wuhan,
        status: 'submitted',
        startDate: newStart,
      }),
      [old],
    );
    expect(check).toMatchObject({ ok: true, needsResidenceProof: proof });
  });
});

describe('validity', () => {
  it.each([
    ['2026-03-01', '2026-11-22', 'valid', '2027-02-28'],
    ['2026-03-01', '2027-01-29', 'expiring', '2027-02-28'],
    ['2026-03-01', '2027-02-28', 'expiring', '2027-02-28'],
    ['2026-03-01', '2027-03-01', 'expired', '2027-02-28'],
    ['2024-02-29', '2025-02-27', 'expiring', '2025-02-27'],
  ])('a referral from %s, on %s: %s (last day %s)', (startDate, today, state, on) => {
    expect(filingValidity({ type: 'referral', startDate }, today)).toMatchObject({ kind: 'ends', state, on });
  });

  it('the other types last until changed', () => {
    expect(filingValidity({ type: 'temporary-travel', startDate: '2026-01-01' }, '2030-01-01')).toEqual({
      kind: 'until-changed',
    });
  });
});

// content audit M-2
describe('how long a filing lasts', () => {
  it('a referral’s worked-out end is an estimate; the date on the user’s result wins', () => {
    const referral = buildFiling({ type: 'referral', startDate: '2026-03-01' });
    expect(filingValidity(referral, '2026-11-22')).toMatchObject({ on: '2027-02-28', estimated: true });
    const own = { ...referral, validUntilOverride: '2027-01-15' };
    expect(filingValidity(own, '2026-11-22')).toMatchObject({ on: '2027-01-15', estimated: false });
  });

  it('a temporary filing with the end printed on its result gets that end, and expires after it', () => {
    const temporary = buildFiling({ type: 'temporary-travel', validUntilOverride: '2026-12-31' });
    expect(filingValidity(temporary, '2026-12-31')).toMatchObject({ kind: 'ends', state: 'expiring' });
    expect(filingValidity(temporary, '2027-01-01')).toMatchObject({ kind: 'ends', state: 'expired' });
    expect(filingValidity(buildFiling({ type: 'temporary-travel' }), '2026-12-31')).toEqual({
      kind: 'until-changed',
    });
  });
});
