import { cardNeed, expectedReady } from '../card/journey';
import { canChangeFrom, currentBinding } from '../clinic/binding';
import { addDays, compareIsoDates } from '../dates/iso-date';
import { filingEnd, filingPlace, isActiveFiling } from '../filing/validity';
import type { Occurrence, TimelineRule } from './types';
import {
  enrolmentCycleYear,
  enrolmentWindow,
  paymentOf,
  shanghaiConfirmWindow,
  shanghaiEntryCover,
  shanghaiEntryYear,
  shanghaiEVoucherFrom,
  shanghaiPaymentWindow,
  shanghaiPaymentYear,
  yearOf,
} from './windows';

/**
 * The steps of each journey, in dependency order, each one whole: who it applies to, what it waits for,
 * its sources, and its schedule (a pure function that turns one person's records into the step's dated
 * occurrences). Sources: seeds 000 and 001 (card, clinic, enrolment), 004 (filings), 002 (Shanghai), as
 * docs/domain.md lists them. Titles and details are translation keys `timeline:steps.<id>.*`.
 */
export const TIMELINE_RULES: readonly TimelineRule[] = [
  {
    // International students (passport holders) are in neither scheme (university notices, medium
    // confidence): one step that says so and where to ask, never "nothing pending" (UX review 2.1).
    id: 'scheme.not-covered',
    dependsOn: [],
    when: { scheme: 'any', audience: 'not-in-scheme' },
    schedule: () => [{ meaning: 'from' }],
    sourceIds: ['excluded-students-notices'],
    link: '/guides/not-covered',
  },
  {
    // Mainland student insurance pays on the mainland only: claims for treatment outside the city exclude
    // 境外 (seed 001); 异地就医备案 covers mainland cities (seed 004).
    id: 'hmt.border',
    dependsOn: [],
    when: { scheme: 'any', audience: 'hmt' },
    schedule: () => [{ meaning: 'info' }],
    sourceIds: ['seed-001', 'seed-004', 'excluded-students-notices'],
    link: '/guides/not-covered',
  },
  {
    id: 'card.receipt-code',
    dependsOn: [],
    when: { scheme: 'shenzhen', needsCard: true },
    schedule: ({ person }) => [
      {
        meaning: 'from',
        done: person.receiptCode !== undefined,
        doneOn: person.receiptCode?.obtainedOn,
        // Holders of other documents than the resident ID take the photo in person (local guide).
        ...(cardNeed(person.profile).inPersonCode ? { params: { context: 'inPerson' } } : {}),
      },
    ],
    sourceIds: ['seed-000'],
    link: '/card',
    doneBy: 'own',
  },
  {
    // Apply for the card only once enrolled and paid (参保登记并成功缴费后: seed 001; seed 000's 办理对象).
    id: 'card.enrolled',
    dependsOn: [],
    when: { scheme: 'shenzhen', needsCard: true },
    schedule: (ctx) => {
      const { person } = ctx;
      const confirmed = person.enrolments
        .map((e) => e.confirmedOn)
        .filter((d): d is string => d !== undefined)
        .sort()[0];
      // An enrolment marked done on the to-do counts; so does an application already made.
      const year = yearOf(ctx.today);
      const markedEnrolled = [year, year - 1].some((y) => ctx.answerOf?.(`enrolment.window.${y}`) === 'done');
      const done = confirmed ?? person.application?.submittedOn;
      return [{ meaning: 'from', done: done !== undefined || markedEnrolled, doneOn: done }];
    },
    sourceIds: ['seed-000', 'seed-001'],
    link: '/clinic#enrolment-heading',
    doneBy: 'own',
  },
  {
    id: 'card.apply',
    dependsOn: ['card.receipt-code', 'card.enrolled'],
    when: { scheme: 'shenzhen', needsCard: true },
    schedule: ({ person }) => [
      {
        meaning: 'from',
        done: Boolean(person.application?.submittedOn),
        doneOn: person.application?.submittedOn,
      },
    ],
    sourceIds: ['seed-000', 'seed-001'],
    link: '/card',
    doneBy: 'bank',
  },
  {
    id: 'card.collect',
    dependsOn: ['card.apply'],
    when: { scheme: 'shenzhen', needsCard: true },
    schedule: ({ person, calendar }) => {
      const application = person.application;
      const ready = application ? expectedReady(application, calendar) : null;
      return [
        {
          meaning: 'from',
          date: ready?.date,
          done: Boolean(application?.pickedUpOn),
          doneOn: application?.pickedUpOn,
          estimated: ready ? ready.basis === 'computed' : false,
          ...(ready?.fallbackYears.length ? { estimatedHolidays: ready.fallbackYears } : {}),
          params: application?.pickupBranch ? { branch: application.pickupBranch } : undefined,
        },
      ];
    },
    sourceIds: ['seed-000', 'seed-001'],
    link: '/checklist',
    doneBy: 'bank',
    remindDaysBefore: [1],
  },
  {
    id: 'card.activate',
    dependsOn: ['card.collect'],
    when: { scheme: 'shenzhen', needsCard: true },
    schedule: ({ person }) => [
      {
        meaning: 'deadline',
        date: person.application?.pickedUpOn,
        done: Boolean(person.application?.activatedOn),
        doneOn: person.application?.activatedOn,
      },
    ],
    sourceIds: ['seed-000', 'seed-001'],
    link: '/card',
    doneBy: 'bank',
  },
  {
    // Until the card is activated, the student's own e-voucher (医保电子凭证) is the same entitlement where
    // the hospital or clinic takes it (seeds 001, 003): a first-year bound to a 社康 today is not left
    // without a way to be treated for the three weeks the card takes (UX review 3, M4). The seeds give no
    // steps to activate a Shenzhen student's own e-voucher: the step points to the official apps.
    id: 'card.e-voucher',
    dependsOn: [],
    when: { scheme: 'shenzhen', needsCard: true },
    // Done once marked, or once the card itself is activated (then the card is shown, and the step is moot).
    schedule: ({ person }) => [
      {
        meaning: 'from',
        done: Boolean(person.application?.activatedOn),
        doneOn: person.application?.activatedOn,
      },
    ],
    sourceIds: ['seed-001', 'seed-003'],
    link: '/card#e-voucher-heading',
    doneBy: 'own',
  },
  {
    // Binding needs only the ID card (on site) or WeChat/the website, not the card (seed 000); until bound,
    // outpatient care is not covered (seed 001): it never waits for the card.
    id: 'clinic.bind',
    dependsOn: [],
    when: { scheme: 'shenzhen' },
    schedule: ({ person }) => {
      const first = [...person.bindings].sort((a, b) => compareIsoDates(a.boundOn, b.boundOn))[0];
      return [{ meaning: 'from', done: first !== undefined, doneOn: first?.boundOn }];
    },
    sourceIds: ['seed-000', 'seed-001'],
    link: '/clinic',
    doneBy: 'own',
  },
  {
    id: 'clinic.locked',
    dependsOn: ['clinic.bind'],
    when: { scheme: 'shenzhen' },
    schedule: ({ person }) => {
      const current = currentBinding(person.bindings);
      if (!current) return [];
      return [{ meaning: 'info', date: canChangeFrom(current.boundOn), params: { clinic: current.name } }];
    },
    sourceIds: ['seed-000', 'seed-001'],
    link: '/clinic',
  },
  {
    id: 'enrolment.window',
    dependsOn: [],
    when: { scheme: 'shenzhen' },
    schedule: (ctx) => {
      const year = enrolmentCycleYear(ctx);
      const occurrence = (y: number): Occurrence => {
        const window = enrolmentWindow(ctx, y);
        const answered =
          Boolean(window.record?.confirmedOn) || Boolean(ctx.answerOf?.(`enrolment.window.${y}`));
        const missed = !answered && compareIsoDates(ctx.today, window.end) > 0;
        const ahead = compareIsoDates(ctx.today, window.start) < 0;
        return {
          instance: String(y),
          meaning: 'deadline',
          // The window's own dates (content re-audit: never the heads-up days in their place).
          window: { start: window.start, end: window.end },
          done: Boolean(window.record?.confirmedOn),
          doneOn: window.record?.confirmedOn,
          estimated: window.estimated,
          // A heads-up two weeks before it opens (watch for the notice), and three days before it closes.
          remindOn: [addDays(window.start, -14), addDays(window.end, -3)],
          // The scheme year starts in September: "2026–2027" (content audit L-14).
          params: {
            year: y,
            next: y + 1,
            ...(missed ? { context: 'missed' } : ahead ? { context: 'ahead' } : {}),
          },
        };
      };
      const current = occurrence(year);
      // A missed year stays overdue until answered or next year's window opens; the next one is never hidden.
      const missed = current.params?.context === 'missed';
      return missed ? [current, occurrence(year + 1)] : [current];
    },
    sourceIds: ['seed-001', 'sz-late-payment'],
    link: '/clinic#enrolment-heading',
    doneBy: 'payment',
    remindDaysBefore: [14, 3],
  },
  {
    id: 'filing.valid-until',
    dependsOn: [],
    when: { scheme: 'shenzhen' },
    schedule: ({ person, today }) =>
      person.filings.flatMap((filing) => {
        const ends = filingEnd(filing);
        const end = ends?.on;
        // Filings that ended over 60 days ago drop off the list.
        if (!end || !isActiveFiling(filing) || compareIsoDates(addDays(end, 60), today) < 0) return [];
        return [
          {
            instance: filing.id.toLowerCase(),
            meaning: 'deadline' as const,
            date: end,
            // A filing that ends in a year is not a to-do until a month before it ends.
            dueFrom: addDays(end, -30),
            estimated: ends?.estimated ?? false,
            params: { place: filingPlace(filing) },
          },
        ];
      }),
    sourceIds: ['seed-004'],
    link: '/filings',
    remindDaysBefore: [30, 7],
  },
  {
    // A draft with a start date: submit it before leaving (it covers nothing until submitted and approved;
    // channels: seed 004).
    id: 'filing.submit',
    dependsOn: [],
    when: { scheme: 'shenzhen' },
    schedule: ({ person, today }) =>
      person.filings.flatMap((filing) => {
        // A draft is the moment to help most: it covers nothing until it is submitted and approved. It drops
        // off 60 days after its start, like an ended filing.
        if (filing.status !== 'draft' || compareIsoDates(addDays(filing.startDate, 60), today) < 0) return [];
        return [
          {
            instance: filing.id.toLowerCase(),
            meaning: 'deadline' as const,
            date: filing.startDate,
            params: {
              place: filingPlace(filing),
              ...(compareIsoDates(today, filing.startDate) > 0 ? { context: 'late' } : {}),
            },
          },
        ];
      }),
    sourceIds: ['seed-004'],
    link: '/filings',
    doneBy: 'own',
    remindDaysBefore: [7, 1],
  },
  {
    // Each filing in force, with its start (and end, where it has one): direct settlement there needs the
    // premium paid for the month before the treatment (seed 004).
    id: 'filing.active',
    dependsOn: [],
    when: { scheme: 'shenzhen' },
    schedule: ({ person, today }) =>
      person.filings.flatMap((filing) => {
        // In force only once approved: a submitted filing is the result's step (filing.check-result), so a
        // person who never changes the status is never told they are covered.
        if (filing.status !== 'approved') return [];
        const ends = filingEnd(filing);
        // A filing that has ended is the end date's step (filing.valid-until), not this one.
        if (ends && compareIsoDates(today, ends.on) > 0) return [];
        const place = filingPlace(filing);
        return [
          {
            instance: filing.id.toLowerCase(),
            meaning: 'info' as const,
            // With no end, it stays in force (until changed or replaced) from its start.
            ...(ends
              ? { window: { start: filing.startDate, end: ends.on } }
              : { date: filing.startDate, ongoing: true }),
            estimated: ends?.estimated ?? false,
            params: { place, context: ends ? 'ends' : 'open' },
          },
        ];
      }),
    sourceIds: ['seed-004'],
    link: '/filings',
  },
  {
    // A submitted filing's result: 个人信息查询 → 异地就医备案信息查询 (seed 004).
    id: 'filing.check-result',
    dependsOn: [],
    when: { scheme: 'shenzhen' },
    schedule: ({ person, today }) =>
      person.filings.flatMap((filing) => {
        if (!isActiveFiling(filing)) return [];
        // Before the trip starts: the result must be known before leaving (a deadline on the start date).
        const late = filing.status === 'submitted' && compareIsoDates(today, filing.startDate) > 0;
        return [
          {
            instance: filing.id.toLowerCase(),
            meaning: 'deadline' as const,
            date: filing.startDate,
            dueFrom: filing.submittedOn,
            done: filing.status === 'approved',
            params: { place: filingPlace(filing), ...(late ? { context: 'late' } : {}) },
          },
        ];
      }),
    sourceIds: ['seed-004'],
    link: '/filings',
    doneBy: 'own',
    remindDaysBefore: [3],
  },
  {
    // A Shanghai-insured person's trip: the seeds hold no Shanghai filing rules (content re-audit R-10), so
    // the step says to ask Shanghai's 12393 or the school before leaving.
    id: 'filing.shanghai-ask',
    dependsOn: [],
    when: { scheme: 'shanghai' },
    schedule: ({ person, today }) =>
      person.filings.flatMap((filing) => {
        // The seeds give Shenzhen's filing rules only (content re-audit R-10): for a Shanghai-insured person,
        // a trip on record asks them to check Shanghai's own rules before leaving, never a Shenzhen outcome.
        if (filing.status === 'cancelled' || filing.status === 'superseded' || filing.status === 'rejected')
          return [];
        if (compareIsoDates(addDays(filing.startDate, 60), today) < 0) return [];
        return [
          {
            instance: filing.id.toLowerCase(),
            meaning: 'deadline' as const,
            date: filing.startDate,
            done: filing.status === 'approved',
            params: { place: filingPlace(filing) },
          },
        ];
      }),
    sourceIds: ['seed-004', 'seed-002'],
    link: '/filings',
    doneBy: 'own',
    remindDaysBefore: [7],
  },
  {
    id: 'shanghai.confirm',
    dependsOn: [],
    when: { scheme: 'shanghai' },
    schedule: (ctx) => {
      const year = shanghaiEntryYear(ctx);
      const confirmed = ctx.person.shanghai?.confirmedOn;
      const window = shanghaiConfirmWindow(year);
      const own = ctx.person.shanghai?.confirmBy;
      return [
        {
          meaning: 'deadline',
          // The school's own deadline wins over the seed's 31 October (content audit M-6).
          date: own ?? window.end,
          estimated: own === undefined,
          // Not due before it opens (content audit M-10); reminders still count back from 31 October.
          dueFrom: window.start,
          done: Boolean(confirmed),
          doneOn: confirmed,
          params: { year },
        },
      ];
    },
    sourceIds: ['seed-002'],
    link: '/shanghai',
    doneBy: 'own',
    remindDaysBefore: [14, 3],
  },
  {
    id: 'shanghai.account',
    dependsOn: ['shanghai.confirm'],
    when: { scheme: 'shanghai' },
    schedule: ({ person }) => {
      const s = person.shanghai;
      return [
        {
          meaning: 'from',
          date: s?.confirmedOn,
          done: s?.accountResult === 'success',
          doneOn: s?.accountResult === 'success' ? (s.accountCheckedOn ?? s.confirmedOn) : undefined,
        },
      ];
    },
    sourceIds: ['seed-002'],
    link: '/shanghai',
    doneBy: 'own',
  },
  {
    id: 'shanghai.e-voucher',
    dependsOn: ['shanghai.account'],
    when: { scheme: 'shanghai', getsEVoucher: true },
    schedule: ({ person }) => {
      const s = person.shanghai;
      const from = shanghaiEVoucherFrom(s);
      return [
        {
          meaning: 'from',
          date: from?.date,
          estimated: from?.estimated ?? false,
          done: Boolean(s?.eVoucherActivatedOn),
          doneOn: s?.eVoucherActivatedOn,
        },
      ];
    },
    sourceIds: ['seed-002'],
    link: '/shanghai',
    doneBy: 'own',
  },
  {
    id: 'shanghai.cover-ends',
    dependsOn: ['shanghai.confirm'],
    when: { scheme: 'shanghai' },
    schedule: (ctx) => {
      const year = shanghaiEntryYear(ctx);
      return [{ meaning: 'info', date: shanghaiEntryCover(year).end, params: { year, next: year + 1 } }];
    },
    sourceIds: ['seed-002'],
    link: '/shanghai',
  },
  {
    // A dated window is never hidden behind an earlier unticked step (UX review 3.2): a student who missed
    // the confirmation still has the payment period to ask about.
    id: 'shanghai.payment',
    dependsOn: [],
    when: { scheme: 'shanghai' },
    schedule: (ctx) => {
      const year = shanghaiPaymentYear(ctx);
      const entryYear = shanghaiEntryYear(ctx);
      const payments = ctx.person.shanghai?.payments;
      const occurrence = (y: number): Occurrence => {
        const window = shanghaiPaymentWindow(payments, y);
        const paidOn = paymentOf(payments, y)?.paidOn;
        const answered = paidOn !== undefined || Boolean(ctx.answerOf?.(`shanghai.payment.${y}`));
        const missed = !answered && compareIsoDates(ctx.today, window.end) > 0;
        // The claw-back of the free first year is the entry year's only (content re-audit R-6).
        const first = y === entryYear;
        const context = missed ? (first ? 'missedFirst' : 'missed') : first ? 'first' : undefined;
        return {
          instance: String(y),
          meaning: 'deadline',
          window: { start: window.start, end: window.end },
          done: paidOn !== undefined,
          doneOn: paidOn,
          estimated: window.estimated,
          // Until the school's dates are entered, remind when the usual period opens (check the notice now),
          // not a day before a guessed end.
          ...(window.estimated ? { remindOn: [addDays(window.start, -7), window.start] } : {}),
          params: { year: y + 1, ...(context ? { context } : {}) },
        };
      };
      const current = occurrence(year);
      const missed = String(current.params?.context ?? '').startsWith('missed');
      return missed ? [current, occurrence(year + 1)] : [current];
    },
    sourceIds: ['seed-002', 'sh-payment-notices', 'sh-late-enrolment-2025'],
    link: '/shanghai',
    doneBy: 'payment',
    remindDaysBefore: [7, 1],
  },
];
