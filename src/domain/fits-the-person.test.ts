import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildCardApplication,
  buildFiling,
  buildProfile,
  failOnScheduleError,
  NO_TIMELINE_RECORDS,
} from '../../tests/builders';
import { formAnswers } from './card/checklist';
import { stageWithAnswers } from './card/journey';
import { fieldErrorsFromIssues } from './common/issues';
import { chinaWorkingDays } from './dates/china-holidays';
import { fromDayNumber, toDayNumber, type IsoDate } from './dates/iso-date';
import { compareFilingsForList, filingsEndedOnSuccess } from './filing/rules';
import { placeInSentence } from './filing/places';
import { wizard } from './filing/wizard';
import {
  asksHukouAndAuthority,
  idNumberProblem,
  idNumberProblemKey,
  isHmtDocument,
} from './identity/id-document';
import { mobileProblem } from './identity/mobile';
import { residentIdCheckCharacter } from './identity/resident-id';
import type { Profile } from './profile/schema';
import { profileSchema } from './profile/schema';
import { buildTimeline } from './timeline/build-timeline';
import { TIMELINE_RULES } from './timeline/rules';
import type { TimelineRecords } from './timeline/types';

/** The UX review's findings that live in the domain: documents, numbers, filings, the to-do per person. */

const timeline = (today: IsoDate, profiles: Profile[], records: Partial<TimelineRecords> = {}) =>
  buildTimeline({
    profiles,
    records: { ...NO_TIMELINE_RECORDS, ...records },
    rules: TIMELINE_RULES,
    today,
    calendar: chinaWorkingDays,
    onScheduleError: failOnScheduleError,
  });

const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }).map(String), { minLength: n, maxLength: n });
const birth = fc
  .integer({ min: toDayNumber('1950-01-01'), max: toDayNumber('2015-12-31') })
  .map((n) => fromDayNumber(n).replaceAll('-', ''));

describe('港澳台居民居住证 numbers', () => {
  const permit = fc.tuple(fc.constantFrom('81', '82', '83'), birth, digits(3)).map(([region, b, s]) => {
    const first17 = `${region}0000${b}${s.join('')}`;
    return first17 + residentIdCheckCharacter(first17);
  });

  it('accepts any well-formed number of Hong Kong, Macao or Taiwan, and refuses one with a changed character', () => {
    fc.assert(
      fc.property(permit, fc.integer({ min: 6, max: 16 }), (id, at) => {
        expect(idNumberProblem('hmt-residence-permit', id)).toBeNull();
        const changed = id.slice(0, at) + String((Number(id[at]) + 1) % 10) + id.slice(at + 1);
        expect(idNumberProblem('hmt-residence-permit', changed)).not.toBeNull();
      }),
    );
  });

  it.each([
    ['810000200506151234', null],
    ['440303200506151230', 'format'], // a resident ID is not a permit
    ['840000200506151234', 'format'],
    ['810000200513151234', 'birthDate'],
    ['810000200506151235', 'checkDigit'],
  ])('%s: %s', (id, problem) => {
    expect(idNumberProblem('hmt-residence-permit', id)).toBe(problem);
  });

  it('says the expected shape of each document, and the message reaches the field', () => {
    expect(idNumberProblemKey('hk-macao-permit', 'format')).toBe(
      'profile:errors.idNumberFormat.hk-macao-permit',
    );
    expect(idNumberProblemKey('resident-id', 'checkDigit')).toBe('profile:errors.idNumber.checkDigit');
    const parsed = profileSchema.safeParse({
      ...buildProfile(),
      idType: 'hk-macao-permit',
      idNumber: 'H1234567',
      dateOfBirth: undefined,
    });
    expect(parsed.success).toBe(false);
    expect(fieldErrorsFromIssues(parsed.error!.issues).idNumber).toEqual({
      key: 'profile:errors.idNumberFormat.hk-macao-permit',
    });
  });

  it('checks the date of birth inside the permit number, as for a resident ID', () => {
    const parsed = profileSchema.safeParse({
      ...buildProfile(),
      idType: 'hmt-residence-permit',
      idNumber: '810000200506151234',
      dateOfBirth: '2005-06-16',
    });
    expect(parsed.success).toBe(false);
    expect(fieldErrorsFromIssues(parsed.error!.issues).dateOfBirth?.key).toBe(
      'profile:errors.dateOfBirthMismatch',
    );
  });
});

describe('a mobile number from another region', () => {
  it.each([
    ['+852 9123 4567', 'foreign'],
    ['00853 6612 3456', 'foreign'],
    ['+886 912 345 678', 'foreign'],
    ['+86 138 0013 8000', null],
    ['138 0013 8000', null],
    ['12345', 'format'],
    ['', null],
  ])('%s: %s', (mobile, problem) => {
    expect(mobileProblem(mobile)).toBe(problem);
  });

  it('is refused with a message that says the field may wait for a mainland number', () => {
    const parsed = profileSchema.safeParse({ ...buildProfile(), mobile: '+852 9123 4567' });
    expect(fieldErrorsFromIssues(parsed.error!.issues).mobile).toEqual({
      key: 'profile:errors.mobileForeign',
    });
    const typo = profileSchema.safeParse({ ...buildProfile(), mobile: '1380013800' });
    expect(fieldErrorsFromIssues(typo.error!.issues).mobile).toEqual({ key: 'profile:errors.mobile' });
  });
});

describe('documents without hukou', () => {
  it('asks hukou and the issuing authority of resident ID holders only, and counts nothing else missing', () => {
    expect(asksHukouAndAuthority('resident-id')).toBe(true);
    for (const idType of ['hk-macao-permit', 'taiwan-permit', 'hmt-residence-permit', 'passport'] as const)
      expect(asksHukouAndAuthority(idType)).toBe(false);
    const card = { receiptCode: undefined, application: undefined };
    const resident = formAnswers(buildProfile(), card).map((a) => a.id);
    const hongKong = formAnswers(
      buildProfile({ idType: 'hmt-residence-permit', idNumber: '810000200506151234' }),
      card,
    ).map((a) => a.id);
    expect(resident).toContain('hukouType');
    expect(hongKong).toEqual(resident.filter((id) => id !== 'hukouType' && id !== 'idIssuingAuthority'));
  });

  it('tells the Hong Kong, Macao and Taiwan documents apart', () => {
    expect(['hk-macao-permit', 'taiwan-permit', 'hmt-residence-permit'].every(isHmtDocument)).toBe(true);
    expect(['resident-id', 'passport', 'foreign-permanent-resident-id'].some(isHmtDocument)).toBe(false);
  });
});

describe('the to-do fits the person', () => {
  const today = '2026-11-29';
  it('a Hong Kong resident is told that mainland cover stops at the border, and takes the receipt photo in person', () => {
    const hk = buildProfile({ idType: 'hmt-residence-permit', idNumber: '810000200506151234' });
    const items = timeline(today, [hk]);
    expect(items.find((i) => i.ruleId === 'hmt.border')).toMatchObject({ status: 'due', meaning: 'info' });
    expect(items.find((i) => i.ruleId === 'card.receipt-code')?.params).toEqual({ context: 'inPerson' });
    const mainland = timeline(today, [buildProfile()]);
    expect(mainland.some((i) => i.ruleId === 'hmt.border')).toBe(false);
    expect(mainland.find((i) => i.ruleId === 'card.receipt-code')?.params).toEqual({});
  });

  it('a filing in force (approved) is on the to-do with its start (and end); a submitted one asks to check the result before the start', () => {
    const open = buildFiling({
      id: 'F1',
      type: 'temporary-travel',
      startDate: '2026-12-07',
      status: 'submitted',
    });
    const referral = buildFiling({ id: 'F2', type: 'referral', startDate: '2026-06-01', status: 'approved' });
    const gone = buildFiling({
      id: 'F3',
      type: 'temporary-travel',
      startDate: '2026-01-01',
      status: 'superseded',
    });
    const items = timeline(today, [buildProfile()], { filings: [open, referral, gone] });
    const active = items.filter((i) => i.ruleId === 'filing.active');
    // A submitted filing is never said to be in force: only an approved one.
    expect(active.map((i) => [i.stepId, i.status, i.date ?? i.window])).toEqual([
      ['filing.active.f2', 'due', { start: '2026-06-01', end: '2027-05-31' }],
    ]);
    const approved = { ...open, status: 'approved' as const };
    expect(
      timeline('2027-03-01', [buildProfile()], { filings: [approved] }).find(
        (i) => i.ruleId === 'filing.active',
      )?.status,
    ).toBe('due');
    const results = items.filter((i) => i.ruleId === 'filing.check-result');
    expect(results.map((i) => [i.stepId, i.status, i.date]).sort()).toEqual([
      ['filing.check-result.f1', 'due', '2026-12-07'],
      ['filing.check-result.f2', 'done', '2026-06-01'],
    ]);
    // The trip started and the result is still not recorded: overdue, with what to do now.
    const late = timeline('2026-12-20', [buildProfile()], { filings: [open] }).find(
      (i) => i.ruleId === 'filing.check-result',
    );
    expect(late).toMatchObject({ status: 'overdue', params: { context: 'late' } });
  });

  it('a draft filing with a start date asks to submit it before leaving, then to check the result, then is in force', () => {
    const draft = buildFiling({
      id: 'D1',
      type: 'temporary-travel',
      destinationProvince: '湖南省',
      destinationCity: '长沙市',
      startDate: '2027-01-10',
      status: 'draft',
    });
    const onDay = (day: IsoDate, filing = draft) =>
      timeline(day, [buildProfile()], { filings: [filing] }).filter((i) => i.ruleId.startsWith('filing.'));
    const added = onDay('2026-12-27');
    expect(added.map((i) => [i.stepId, i.status, i.date])).toEqual([
      ['filing.submit.d1', 'due', '2027-01-10'],
    ]);
    expect(added[0]!.remindOn).toEqual(['2027-01-03', '2027-01-09']);
    // Never submitted: overdue once the trip has started, saying it covers nothing yet; gone 60 days on.
    expect(onDay('2027-01-11')[0]).toMatchObject({ status: 'overdue', params: { context: 'late' } });
    expect(onDay('2027-03-11')).toMatchObject([{ status: 'overdue' }]);
    expect(onDay('2027-03-12')).toEqual([]);
    const submitted = { ...draft, status: 'submitted' as const, submittedOn: '2026-12-28' };
    expect(onDay('2026-12-28', submitted).map((i) => [i.ruleId, i.status])).toEqual([
      ['filing.check-result', 'due'],
    ]);
    const approved = { ...submitted, status: 'approved' as const };
    expect(
      onDay('2027-01-12', approved)
        .map((i) => [i.ruleId, i.status])
        .sort(),
    ).toEqual([
      ['filing.active', 'due'],
      ['filing.check-result', 'done'],
    ]);
  });

  it('a Shanghai-insured traveller is asked to check Shanghai’s own filing rules, not given Shenzhen’s steps', () => {
    const sh = buildProfile({ city: 'shanghai', entryDate: '2026-09-01' });
    const home = buildFiling({
      id: 'G1',
      type: 'temporary-travel',
      destinationProvince: '广东省',
      destinationCity: '广州市',
      startDate: '2027-01-20',
      status: 'draft',
    });
    const items = timeline('2027-01-05', [sh], { filings: [home] }).filter((i) =>
      i.ruleId.startsWith('filing.'),
    );
    expect(items.map((i) => [i.ruleId, i.status, i.date])).toEqual([
      ['filing.shanghai-ask', 'due', '2027-01-20'],
    ]);
  });

  it("Shanghai's payment period is shown on its own dates even when the confirmation is not ticked", () => {
    const sh = buildProfile({ city: 'shanghai', entryDate: '2026-09-01' });
    const payment = timeline(today, [sh]).find((i) => i.ruleId === 'shanghai.payment');
    expect(payment?.status).toBe('due');
    expect(payment?.dependsOn).toEqual([]);
  });

  it('an enrolled passport holder gets the steps and no not-covered note', () => {
    const enrolled = buildProfile({
      idType: 'passport',
      idNumber: 'E12345678',
      dateOfBirth: undefined,
      enrolledBySchool: true,
    });
    const items = timeline(today, [enrolled], { cardApplications: [buildCardApplication()] });
    expect(items.some((i) => i.ruleId === 'scheme.not-covered')).toBe(false);
    expect(items.some((i) => i.ruleId === 'clinic.bind')).toBe(true);
  });
});

describe('filings', () => {
  const beijing = buildFiling({
    id: 'B',
    type: 'temporary-travel',
    destinationProvince: '北京市',
    destinationCity: undefined,
    startDate: '2026-12-07',
    status: 'approved',
  });
  const tianjin = buildFiling({
    id: 'T',
    type: 'temporary-travel',
    destinationProvince: '天津市',
    destinationCity: undefined,
    startDate: '2027-01-10',
    status: 'draft',
  });

  it('warns before a new temporary filing ends one in force, whatever status it is saved with', () => {
    for (const status of ['draft', 'submitted', 'approved'] as const)
      expect(filingsEndedOnSuccess({ ...tianjin, status }, [beijing]).map((f) => f.id)).toEqual(['B']);
    expect(filingsEndedOnSuccess({ ...tianjin, status: 'rejected' }, [beijing])).toEqual([]);
    expect(filingsEndedOnSuccess({ ...tianjin, type: 'referral' }, [beijing])).toEqual([]);
    // An earlier trip recorded later never ends the current one.
    expect(filingsEndedOnSuccess({ ...tianjin, startDate: '2026-10-01' }, [beijing])).toEqual([]);
  });

  it('lists filings in force first, then drafts, then the rest, the latest start first', () => {
    const list = [
      buildFiling({ id: '1', status: 'superseded', startDate: '2026-05-01' }),
      buildFiling({ id: '2', status: 'draft', startDate: '2026-12-01' }),
      buildFiling({ id: '3', status: 'approved', startDate: '2026-01-01' }),
      buildFiling({ id: '4', status: 'submitted', startDate: '2026-09-01' }),
    ];
    expect([...list].sort(compareFilingsForList).map((f) => f.id)).toEqual(['4', '3', '2', '1']);
  });

  it('names a place without pinyin in a Chinese sentence, with it for other readers', () => {
    const changsha = { destinationProvince: '湖南省', destinationCity: '长沙市' };
    expect(placeInSentence(changsha, false)).toBe('长沙市');
    expect(placeInSentence(changsha, true)).toBe('长沙市 (Changsha)');
    expect(placeInSentence({ destinationProvince: '某地' }, true)).toBe('某地');
  });

  it('"going home to Hong Kong, Macao, Taiwan or abroad" needs no filing: cover does not apply there', () => {
    for (const reason of ['home-holiday', 'internship'] as const)
      expect(wizard({ emergency: 'no', reason, where: 'outside-mainland' })).toMatchObject({
        next: null,
        outcome: 'not-covered-outside-mainland',
      });
  });
});

// UX review 1.10
describe('the card screen and the to-do tell one story', () => {
  it('a step marked done on the to-do moves the stage on; records never move back', () => {
    const answers =
      (done: string[]) =>
      (stepId: string): 'done' | undefined =>
        done.includes(stepId) ? 'done' : undefined;
    expect(stageWithAnswers('not-started', answers([]))).toBe('not-started');
    expect(stageWithAnswers('not-started', answers(['card.receipt-code']))).toBe('code-ready');
    expect(stageWithAnswers('code-ready', answers(['card.apply']))).toBe('submitted');
    expect(stageWithAnswers('submitted', answers(['card.receipt-code']))).toBe('submitted');
    expect(stageWithAnswers('not-started', answers(['card.activate']))).toBe('activated');
    expect(stageWithAnswers('collected', () => 'skipped' as never)).toBe('collected');
  });
});
