import type { CardApplication, ReceiptCode } from '../card/schema';
import type { ClinicBinding } from '../clinic/schema';
import type { IsoDate } from '../dates/iso-date';
import type { WorkingDayCalendar } from '../dates/working-days';
import type { Enrolment } from '../enrolment/schema';
import type { Filing } from '../filing/schema';
import type { Profile } from '../profile/schema';
import type { ShanghaiEnrolment } from '../shanghai/schema';
import type { SourceId } from '../sources/sources';
import type { TimelineRecords } from '../tables';

/**
 * Every record the engine reads, for all people (each record says whose it is by `profileId`): the tables
 * the registry marks `timeline` (src/domain/tables.ts).
 */
export type { TimelineRecords };

/** One person's records, gathered for the rules. */
export interface PersonRecords {
  profile: Profile;
  receiptCode: ReceiptCode | undefined;
  application: CardApplication | undefined;
  bindings: readonly ClinicBinding[];
  enrolments: readonly Enrolment[];
  filings: readonly Filing[];
  shanghai: ShanghaiEnrolment | undefined;
}

/**
 * What a date means for a step: a deadline (late after it), the day a step becomes possible, or a date to
 * know about (it passes by itself).
 */
export type DateMeaning = 'deadline' | 'from' | 'info';

/** One occurrence of a rule for a person, as a schedule works it out from their records. */
export interface Occurrence {
  /** Tells several occurrences of one rule apart (e.g. one per filing). */
  instance?: string;
  date?: IsoDate;
  window?: { start: IsoDate; end: IsoDate };
  meaning: DateMeaning;
  /** The records show the step is done (on `doneOn`, when they say). */
  done?: boolean;
  doneOn?: IsoDate;
  params?: Record<string, string | number>;
  /** For a deadline far ahead: the step counts as "to do" only from this day (e.g. 30 days before). */
  dueFrom?: IsoDate;
  /** When the date was computed with a fallback (e.g. Mon–Fri beyond the holiday data). */
  estimated?: boolean;
  /** Years whose public holidays were estimated to count the date (no published schedule yet). */
  estimatedHolidays?: readonly number[];
  /** The records' dates could not give this step a date (the step is shown without one, and says so). */
  dateProblem?: boolean;
  /** An 'info' date from which something holds with no end (a filing in force): it does not pass by itself. */
  ongoing?: boolean;
  /** Reminder days of its own, instead of the rule's days before the end (e.g. when a window opens). */
  remindOn?: IsoDate[];
}

export interface ScheduleContext {
  person: PersonRecords;
  today: IsoDate;
  calendar: WorkingDayCalendar;
  /** The person's answer (done or skipped) to a generated step, by step id (`enrolment.window.2026`). */
  answerOf?: (stepId: string) => 'done' | 'skipped' | undefined;
}

/** Which people a rule applies to. */
export interface RuleCondition {
  /** The scheme the person is in (international students are in neither); 'any': either city's. */
  scheme: 'shenzhen' | 'shanghai' | 'any';
  /**
   * Only some people: 'not-in-scheme' for those outside both schemes (passport holders whose school did not
   * enrol them), the only rules that apply to them; 'hmt' for holders of Hong Kong, Macao or Taiwan documents.
   */
  audience?: 'not-in-scheme' | 'hmt';
  /** Only people who need the Shenzhen card journey (not those with a working 少儿医保 card). */
  needsCard?: boolean;
  /**
   * Only people who get Shanghai's e-voucher: not holders of Hong Kong, Macao or Taiwan documents, who use
   * the physical card (newer university notices, docs/domain.md).
   */
  getsEVoucher?: boolean;
}

/**
 * Who can do a step (UX review 3, M7), said to a family member reading about the student: 'bank' only the
 * student, in person at the bank; 'own' the student, with their own ID or in their own official app;
 * 'payment' the student or the school enrols, and whether family can pay is the parents' guide's answer.
 * A note (a date to know) has none.
 */
export type DoneBy = 'bank' | 'own' | 'payment';

/** Turns one person's records into the occurrences of a rule. Pure: `today` comes in the context. */
export type Schedule = (ctx: ScheduleContext) => Occurrence[];

/**
 * A timeline rule, one entry of `TIMELINE_RULES` (rules.ts): who it applies to, what it waits for, its
 * schedule, its sources and where it is done. Its words are the translation keys
 * `timeline:steps.<id>.title` / `.detail`.
 */
export interface TimelineRule {
  id: string;
  dependsOn: readonly string[];
  when: RuleCondition;
  schedule: Schedule;
  sourceIds: readonly SourceId[];
  /** Where to do it: a screen of the app. */
  link: string;
  /** Days before the date to remind (also used for "due soon"). */
  remindDaysBefore?: readonly number[];
  doneBy?: DoneBy;
}

export type ItemStatus = 'done' | 'skipped' | 'overdue' | 'due' | 'upcoming' | 'waiting';

export interface TimelineItem {
  /** Unique in the timeline: person / step (/ instance). */
  key: string;
  /** The id a done/skipped answer is stored under (rule id, plus instance). */
  stepId: string;
  ruleId: string | 'custom';
  profileId: string;
  status: ItemStatus;
  date?: IsoDate;
  window?: { start: IsoDate; end: IsoDate };
  meaning: DateMeaning;
  /** The date the list is ordered by: never earlier than the steps this one waits for. */
  sortDate: IsoDate;
  doneOn?: IsoDate;
  skipReason?: string;
  /** True when the person marked it (done or skipped), so it can be undone. */
  answered: boolean;
  dependsOn: readonly string[];
  sourceIds: readonly SourceId[];
  titleKey: string;
  detailKey?: string;
  params: Record<string, string | number>;
  link: string;
  doneBy?: DoneBy;
  remindOn: readonly IsoDate[];
  estimated: boolean;
  /** Years whose public holidays were estimated to count its date: said wherever the date is shown. */
  estimatedHolidays?: readonly number[];
  /** Its date could not be worked out from the records (see Occurrence). */
  dateProblem?: boolean;
  customTodoId?: string;
  title?: string;
  note?: string;
}

export interface TimelineInput {
  profiles: readonly Profile[];
  records: TimelineRecords;
  rules: readonly TimelineRule[];
  today: IsoDate;
  calendar: WorkingDayCalendar;
  /**
   * Told of each schedule that threw, with the rule and person it was for. That step shows as one that
   * could not be worked out and the rest of the to-do stays; the error itself is the caller's to report.
   */
  onScheduleError: (error: unknown, where: { ruleId: string; profileId: string }) => void;
}
