import { cardNeed } from '../card/journey';
import { addDays, compareIsoDates, type IsoDate } from '../dates/iso-date';
import { isHmtDocument } from '../identity/id-document';
import type { Profile } from '../profile/schema';
import type { CustomTodo, StepState } from '../todo/schema';
import { TIMELINE_TABLES, type RecordOf, type TimelineTable } from '../tables';
import { getsShanghaiEVoucher } from './windows';
import type {
  ItemStatus,
  Occurrence,
  PersonRecords,
  RuleCondition,
  TimelineInput,
  TimelineItem,
  TimelineRecords,
  TimelineRule,
} from './types';

const laterOf = (a: IsoDate, b: IsoDate) => (compareIsoDates(a, b) >= 0 ? a : b);

function groupByProfile<T extends { profileId: string }>(records: readonly T[]) {
  const map = new Map<string, T[]>();
  for (const record of records) {
    const list = map.get(record.profileId);
    if (list) list.push(record);
    else map.set(record.profileId, [record]);
  }
  return map;
}

function applies(condition: RuleCondition, profile: Profile): boolean {
  const need = cardNeed(profile);
  // Someone outside both schemes gets the not-covered path, and nothing of the schemes' steps.
  if (condition.audience === 'not-in-scheme' || need.need === 'not-in-scheme')
    return condition.audience === 'not-in-scheme' && need.need === 'not-in-scheme';
  if (condition.audience === 'hmt' && !isHmtDocument(profile.idType)) return false;
  if (condition.scheme !== 'any' && profile.city !== condition.scheme) return false;
  if (condition.needsCard && need.need !== 'needed') return false;
  if (condition.getsEVoucher && !getsShanghaiEVoucher(profile)) return false;
  return true;
}

function statusOf(occurrence: Occurrence, today: IsoDate): { status: ItemStatus; autoDoneOn?: IsoDate } {
  const start = occurrence.window?.start ?? occurrence.date;
  const end = occurrence.window?.end ?? occurrence.date;
  switch (occurrence.meaning) {
    case 'info':
      if (start && compareIsoDates(today, start) < 0) return { status: 'upcoming' };
      if (occurrence.ongoing) return { status: 'due' };
      if (end && compareIsoDates(today, end) > 0) return { status: 'done', autoDoneOn: end };
      if (!occurrence.window && end && compareIsoDates(today, end) >= 0)
        return { status: 'done', autoDoneOn: end };
      return { status: 'due' };
    case 'deadline':
      if (end && compareIsoDates(today, end) > 0) return { status: 'overdue' };
      if (occurrence.window && compareIsoDates(today, occurrence.window.start) < 0)
        return { status: 'upcoming' };
      if (occurrence.dueFrom && compareIsoDates(today, occurrence.dueFrom) < 0) return { status: 'upcoming' };
      return { status: 'due' };
    case 'from':
      if (start && compareIsoDates(today, start) < 0) return { status: 'upcoming' };
      return { status: 'due' };
  }
}

/** Orders items: by date (never before what they wait for), then person, then rule order. */
function compareItems(order: Map<string, number>) {
  return (a: TimelineItem & { rank: number }, b: TimelineItem & { rank: number }) =>
    compareIsoDates(a.sortDate, b.sortDate) ||
    (order.get(a.profileId) ?? 0) - (order.get(b.profileId) ?? 0) ||
    a.rank - b.rank ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/**
 * The personal to-do timeline: for each person, every rule that applies to them, dated from their records,
 * with a status for `today` (the date in Asia/Shanghai, passed in). Pure: no clock, no I/O.
 */
export function buildTimeline({
  profiles,
  records,
  rules,
  today,
  calendar,
  onScheduleError,
}: TimelineInput): TimelineItem[] {
  // Each table the engine reads, by person.
  const by = Object.fromEntries(
    TIMELINE_TABLES.map((table) => [table, groupByProfile<{ profileId: string }>(records[table])]),
  ) as { [T in TimelineTable]: Map<string, RecordOf<T>[]> };
  const order = new Map(profiles.map((p, i) => [p.id, i]));
  const items: (TimelineItem & { rank: number })[] = [];

  for (const profile of profiles) {
    const person: PersonRecords = {
      profile,
      receiptCode: by.receiptCodes.get(profile.id)?.at(-1),
      application: by.cardApplications.get(profile.id)?.at(-1),
      bindings: by.clinicBindings.get(profile.id) ?? [],
      enrolments: by.enrolments.get(profile.id) ?? [],
      filings: by.filings.get(profile.id) ?? [],
      shanghai: by.shanghaiEnrolments.get(profile.id)?.at(-1),
    };
    const todos = by.todos.get(profile.id) ?? [];
    const answers = new Map<string, StepState>();
    for (const todo of todos) if (todo.kind === 'step') answers.set(todo.stepId, todo);

    // Items of each rule for this person, so dependents can look at them.
    const byRule = new Map<string, TimelineItem[]>();
    rules.forEach((rule, rank) => {
      if (!applies(rule.when, profile)) return;
      let ruleItems: TimelineItem[];
      try {
        const answerOf = (stepId: string) => answers.get(stepId)?.state;
        ruleItems = rule
          .schedule({ person, today, calendar, answerOf })
          .map((occurrence) => makeItem(rule, occurrence, profile.id, answers, byRule, today));
      } catch (error) {
        // A schedule that throws (a record it cannot work with, holiday data that cannot answer, or a bug in
        // the schedule itself) is not swallowed: the error goes to the caller, who reports it, and the person
        // sees one undated step that says this step could not be worked out, with the rest of the to-do.
        onScheduleError(error, { ruleId: rule.id, profileId: profile.id });
        const meaning = 'deadline';
        ruleItems = [makeItem(rule, { meaning, dateProblem: true }, profile.id, answers, byRule, today)];
      }
      for (const item of ruleItems) items.push({ ...item, rank });
      byRule.set(rule.id, ruleItems);
    });

    for (const todo of todos) {
      if (todo.kind === 'custom') items.push({ ...customItem(todo, today), rank: rules.length });
    }
  }

  return items.sort(compareItems(order)).map(({ rank: _rank, ...item }) => item);
}

function makeItem(
  rule: TimelineRule,
  occurrence: Occurrence,
  profileId: string,
  answers: Map<string, StepState>,
  byRule: Map<string, TimelineItem[]>,
  today: IsoDate,
): TimelineItem {
  const stepId = occurrence.instance ? `${rule.id}.${occurrence.instance}` : rule.id;
  const answer = answers.get(stepId);
  const dependencies = rule.dependsOn.flatMap((id) => byRule.get(id) ?? []);
  const waiting = dependencies.some((d) => d.status !== 'done' && d.status !== 'skipped');
  const anchor = occurrence.window?.start ?? occurrence.date ?? occurrence.doneOn ?? today;
  const sortDate = dependencies.reduce((latest, d) => laterOf(latest, d.sortDate), anchor);

  let status: ItemStatus;
  let doneOn = occurrence.doneOn;
  if (occurrence.done) status = 'done';
  else if (answer?.state === 'done') {
    status = 'done';
    doneOn = answer.on;
  } else if (answer?.state === 'skipped') status = 'skipped';
  else if (waiting) status = 'waiting';
  else {
    const computed = statusOf(occurrence, today);
    status = computed.status;
    if (computed.autoDoneOn) doneOn = computed.autoDoneOn;
  }

  const end = occurrence.window?.end ?? occurrence.date;
  const remindOn =
    occurrence.remindOn ??
    (rule.remindDaysBefore ?? []).filter(() => end !== undefined).map((days) => addDays(end!, -days));

  return {
    key: `${profileId}/${stepId}`,
    stepId,
    ruleId: rule.id,
    profileId,
    status,
    ...(occurrence.date ? { date: occurrence.date } : {}),
    ...(occurrence.window ? { window: occurrence.window } : {}),
    meaning: occurrence.meaning,
    sortDate,
    ...(doneOn && (status === 'done' || status === 'skipped') ? { doneOn } : {}),
    ...(status === 'skipped' && answer ? { doneOn: answer.on, skipReason: answer.reason } : {}),
    answered: answer !== undefined && !occurrence.done,
    dependsOn: dependencies.map((d) => d.key),
    sourceIds: rule.sourceIds,
    // A step without its records' parameters ({{year}}, {{place}}) is named in general words.
    titleKey: occurrence.dateProblem ? 'timeline:dateProblem.title' : `timeline:steps.${rule.id}.title`,
    detailKey: occurrence.dateProblem ? 'timeline:dateProblem.detail' : `timeline:steps.${rule.id}.detail`,
    ...(occurrence.dateProblem ? { dateProblem: true } : {}),
    params: occurrence.params ?? {},
    link: rule.link,
    ...(rule.doneBy ? { doneBy: rule.doneBy } : {}),
    remindOn,
    estimated: occurrence.estimated ?? false,
    ...(occurrence.estimatedHolidays?.length ? { estimatedHolidays: occurrence.estimatedHolidays } : {}),
  };
}

function customItem(todo: CustomTodo, today: IsoDate): TimelineItem {
  const status: ItemStatus = todo.doneOn
    ? 'done'
    : todo.dueOn && compareIsoDates(today, todo.dueOn) > 0
      ? 'overdue'
      : 'due';
  return {
    key: `${todo.profileId}/custom.${todo.id}`,
    stepId: `custom.${todo.id}`,
    ruleId: 'custom',
    profileId: todo.profileId,
    status,
    ...(todo.dueOn ? { date: todo.dueOn } : {}),
    meaning: 'deadline',
    sortDate: todo.dueOn ?? todo.doneOn ?? today,
    ...(todo.doneOn ? { doneOn: todo.doneOn } : {}),
    answered: todo.doneOn !== undefined,
    dependsOn: [],
    sourceIds: [],
    titleKey: 'timeline:custom.title',
    params: { title: todo.title },
    link: '/',
    remindOn: todo.dueOn ? [todo.dueOn] : [],
    estimated: false,
    customTodoId: todo.id,
    title: todo.title,
    ...(todo.note ? { note: todo.note } : {}),
  };
}

/**
 * The single next thing to do: the earliest overdue item; else a due item with a deadline (soonest end
 * first); else any due item; else the earliest upcoming one.
 */
export function nextItem(items: readonly TimelineItem[]): TimelineItem | undefined {
  const endOf = (item: TimelineItem) => item.window?.end ?? item.date ?? '9999-12-31';
  const byEnd = (a: TimelineItem, b: TimelineItem) => compareIsoDates(endOf(a), endOf(b));
  const overdue = items.filter((i) => i.status === 'overdue');
  if (overdue.length > 0) return [...overdue].sort(byEnd)[0];
  const due = items.filter((i) => i.status === 'due');
  const dueWithDeadline = due.filter((i) => i.meaning === 'deadline' && (i.date || i.window));
  if (dueWithDeadline.length > 0) return [...dueWithDeadline].sort(byEnd)[0];
  const dueInfo = due.filter((i) => i.meaning !== 'info');
  return dueInfo[0] ?? due[0] ?? items.find((i) => i.status === 'upcoming');
}

/**
 * Each person's records apart, for working out the to-do one person at a time (`mergeTimelines`): every
 * person of `profiles` has an entry, with empty tables where they have no records.
 */
export function recordsByPerson(
  profiles: readonly Profile[],
  records: TimelineRecords,
): Map<string, TimelineRecords> {
  const empty = () =>
    Object.fromEntries(TIMELINE_TABLES.map((table) => [table, [] as unknown[]])) as Record<
      TimelineTable,
      unknown[]
    >;
  const mine = new Map(profiles.map((profile) => [profile.id, empty()]));
  for (const table of TIMELINE_TABLES) {
    for (const record of records[table]) mine.get(record.profileId)?.[table].push(record);
  }
  return mine as unknown as Map<string, TimelineRecords>;
}

/**
 * The to-do of several people from each one's own (`buildTimeline` of one person, in the order of
 * `profiles`): the same items in the same order as `buildTimeline` of them all. A stable sort by date keeps,
 * for one date, the people's order and each person's own order of rules.
 */
export function mergeTimelines(perPerson: readonly (readonly TimelineItem[])[]): TimelineItem[] {
  return perPerson.flat().sort((a, b) => compareIsoDates(a.sortDate, b.sortDate));
}

export type { TimelineRecords };
