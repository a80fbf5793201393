import { describe, expect, it } from 'vitest';
import { chinaWorkingDays } from '@/domain/dates/china-holidays';
import { buildTimeline } from '@/domain/timeline/build-timeline';
import { TIMELINE_RULES } from '@/domain/timeline/rules';
import {
  buildCardApplication,
  buildCustomTodo,
  buildEnrolment,
  buildProfile,
  buildReceiptCode,
  calendarWithDataUpTo,
  NO_TIMELINE_RECORDS,
  failOnScheduleError,
} from '../../../../tests/builders';
import { translator } from '../../../../tests/render';
import { timelineAsIcs, timelineAsText } from './export';

const profiles = [buildProfile()];
const items = buildTimeline({
  profiles,
  records: {
    ...NO_TIMELINE_RECORDS,
    receiptCodes: [buildReceiptCode()],
    cardApplications: [buildCardApplication({ submittedOn: '2026-11-20' })],
    todos: [buildCustomTodo({ dueOn: '2026-12-01' })],
    enrolments: [buildEnrolment({ year: 2026, confirmedOn: '2026-09-10' })],
  },
  rules: TIMELINE_RULES,
  today: '2026-11-22',
  calendar: chinaWorkingDays,
  onScheduleError: failOnScheduleError,
});

describe('calendar export', () => {
  it('makes an all-day event for each open dated step, with the deep link', async () => {
    const t = await translator('en', ['timeline']);
    const ics = await timelineAsIcs(items, profiles, t, 'https://app.example', '2026-11-22');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('DTSTART;VALUE=DATE:20261208');
    expect(ics).toContain('DTEND;VALUE=DATE:20261209');
    expect(ics).toContain('SUMMARY:Collect your card at the bank');
    expect(ics).toContain('URL:https://app.example/checklist');
    expect(ics).toContain('SUMMARY:Ask the school clinic about the referral');
    // Window steps span their whole window (the end date is exclusive in iCalendar).
    expect(ics).toContain('DTSTART;VALUE=DATE:20270901');
    expect(ics).toContain('DTEND;VALUE=DATE:20271001');
    // Done steps are not exported.
    expect(ics).not.toContain('receipt code');
    // A worked-out date says it is one (the collection date counts working days).
    expect(ics).toContain('Worked out from published rules');
  });

  it('holds the reminders the app promises: 09:00 the day before, and before a window closes', async () => {
    const t = await translator('en', ['timeline']);
    const ics = await timelineAsIcs(items, profiles, t, 'https://app.example', '2026-11-22');
    const events = ics.split('BEGIN:VEVENT').slice(1);
    // Every event reminds the day before it starts, at 09:00 (15 hours before its all-day start).
    for (const event of events) expect(event).toMatch(/BEGIN:VALARM\r?\nACTION:DISPLAY[\s\S]*TRIGGER:-PT15H/);
    // The enrolment window (1–30 September 2027) also reminds at 09:00 on 29 September: 28 days and 9 hours in.
    const window = events.find((event) => event.includes('DTSTART;VALUE=DATE:20270901'))!;
    expect(window).toContain('TRIGGER:P28DT9H');
  });

  it('leaves out a step whose last day has passed: it stays on the to-do, overdue, not in the past of a calendar', async () => {
    const t = await translator('en', ['timeline']);
    // On 5 December the custom to-do due on 1 December has passed; the card's collection (8 December) and
    // next year's window have not.
    const ics = await timelineAsIcs(items, profiles, t, 'https://app.example', '2026-12-05');
    expect(ics).not.toContain('SUMMARY:Ask the school clinic about the referral');
    expect(ics).toContain('SUMMARY:Collect your card at the bank');
    expect(ics).toContain('DTSTART;VALUE=DATE:20270901');
    // A step due today is still in it.
    const onTheDay = await timelineAsIcs(items, profiles, t, 'https://app.example', '2026-12-01');
    expect(onTheDay).toContain('SUMMARY:Ask the school clinic about the referral');
  });

  it('shares the open steps as text in the chosen language', async () => {
    const t = await translator('es', ['timeline']);
    const text = timelineAsText(items, profiles, t, 'es', '2026-11-22');
    expect(text).toContain('Pendientes del seguro médico, 22 nov 2026');
    expect(text).toContain('Recoja su tarjeta en el banco');
    expect(text).toContain('8 dic 2026 (estimada)');
  });
});

// content re-audit R-9
describe('a date counted with estimated holidays', () => {
  // Applied at a bank window on 29 January 2027, with no published 2027 schedule.
  const estimated = buildTimeline({
    profiles,
    records: {
      ...NO_TIMELINE_RECORDS,
      receiptCodes: [buildReceiptCode()],
      enrolments: [buildEnrolment({ year: 2026, confirmedOn: '2026-09-10' })],
      cardApplications: [buildCardApplication({ channel: 'bank-window', submittedOn: '2027-01-29' })],
    },
    rules: TIMELINE_RULES,
    today: '2027-01-30',
    calendar: calendarWithDataUpTo(2026),
    onScheduleError: failOnScheduleError,
  });
  const collect = estimated.find((i) => i.ruleId === 'card.collect')!;

  it('is the to-do’s date after the Spring Festival, marked with the estimated year', () => {
    expect(collect).toMatchObject({ date: '2027-02-22', estimated: true, estimatedHolidays: [2027] });
  });

  it('says so in the calendar file and in the shared text', async () => {
    const t = await translator('en', ['timeline']);
    const ics = await timelineAsIcs(estimated, profiles, t, 'https://app.example', '2026-11-22');
    const event = ics.split('BEGIN:VEVENT').find((e) => e.includes('DTSTART;VALUE=DATE:20270222'))!;
    expect(event.replace(/\r\n /g, '')).toContain(
      "An estimate: 2027's public holidays are not published yet",
    );
    const zh = await translator('zh', ['timeline']);
    const text = timelineAsText(estimated, profiles, zh, 'zh', '2027-01-30');
    expect(text).toContain('(估算：2027 年的节假日安排尚未公布)');
  });
});

describe('text from a person or a file, in the exports', () => {
  // As a file an older version accepted may hold them (today's schemas refuse them).
  const hostile = { ...buildProfile(), name: 'Li\r\nATTENDEE:mailto:x@example.org\u0007\u202Eevil' };
  const family = [hostile, buildProfile({ id: 'profile-2', name: 'Wang' })];
  const todo = {
    ...buildCustomTodo({ dueOn: '2026-12-01' }),
    note: 'first line\r\nsecond\u0007',
    title: 'Call\rthe\u0000 bank\u202E',
  };
  const mine = buildTimeline({
    profiles: family,
    records: { ...NO_TIMELINE_RECORDS, todos: [todo] },
    rules: TIMELINE_RULES,
    today: '2026-11-22',
    calendar: chinaWorkingDays,
    onScheduleError: failOnScheduleError,
  });

  it('keeps control characters, bidi overrides and raw line breaks out of the calendar file', async () => {
    const t = await translator('en', ['timeline']);
    const ics = await timelineAsIcs(mine, family, t, 'https://app.example', '2026-11-22');
    // eslint-disable-next-line no-control-regex -- looking for control characters
    expect(ics).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u202A-\u202E]/);
    // No line of the file starts with what a name tried to add.
    expect(ics.split('\r\n').some((line) => line.startsWith('ATTENDEE'))).toBe(false);
    expect(ics).toContain('SUMMARY:Call the bank (Li ATTENDEE:mailto:x@example.org');
  });

  it('keeps them out of the shared summary too', async () => {
    const t = await translator('en', ['timeline']);
    const text = timelineAsText(mine, family, t, 'en', '2026-11-22');
    // eslint-disable-next-line no-control-regex -- looking for control characters
    expect(text).not.toMatch(/[\r\u0000-\u0008\u000B\u000C\u000E-\u001F\u202A-\u202E]/);
    expect(text).toContain('Call the bank');
  });
});
