import { lazy, Suspense, useMemo, useState } from 'react';
import { optionalLazy } from '@/components/chunk-load';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { Freshness } from '@/components/freshness';
import { saveErrorKey } from '@/components/form/save-error';
import { PageHeader } from '@/components/page-header';
import { useRememberedState } from '@/components/history-state';
import { ScreenSkeleton } from '@/components/screen-skeleton';
import { NoPersonYet } from '@/components/people/no-person-yet';
import { AlertMessage, StatusMessage } from '@/components/status-message';
import { useTranslation } from '@/components/translation-keys';
import { useToday } from '@/components/use-today';
import { cardNeed } from '@/domain/card/journey';
import { speaksAbout } from '@/domain/settings/audience';
import { factsCiting } from '@/domain/sources/sources';
import { nextItem } from '@/domain/timeline/build-timeline';
import { groupTimeline, isDueSoon } from '@/domain/timeline/groups';
import type { TimelineItem } from '@/domain/timeline/types';
import type { CustomTodo } from '@/domain/todo/schema';
import { BackupReminder } from '../components/backup-reminder';
import { KeepSection } from '../components/keep-section';
import { NextStep } from '../components/next-step';
import { SkipDialog } from '../components/skip-dialog';
import { stepTitle } from '@/components/step-title';
import { TimelineEntry, type EntryActions } from '../components/timeline-entry';
import { useTimeline } from '../hooks/use-timeline';
import { namespaces } from './namespaces';

// Shown once, after an upgrade that had to tidy the data: not worth a byte of the first screen otherwise.
const UpgradeReportNotice = optionalLazy(() =>
  import('../components/upgrade-report-notice').then((m) => m.default),
);

const ALL = 'all';
/**
 * Items each group shows at first, and adds with each "Show more": a family with thousands of dated steps
 * still gets its screen in well under a frame's budget of work at a time.
 */
const PAGE_SIZE = 20;
type GroupKey = 'overdue' | 'thisWeek' | 'later' | 'done';

// The writers and the form bring zod with them: loaded when first used, so the home screen opens lighter.
const CustomTodoForm = lazy(() =>
  import('../components/custom-todo-form').then((m) => ({ default: m.CustomTodoForm })),
);
const todos = () => import('@/data/repositories/custom-todos');
const steps = () => import('@/data/repositories/step-states');

/** Home: the single next thing to do, then overdue, this week, later and done, for everyone on the phone. */
export function Component() {
  const { t } = useTranslation(namespaces);
  const today = useToday();
  const timeline = useTimeline(today);
  // The filter, the open "Done" group and each group's "Show more" are kept with the history entry: Back
  // to this screen finds the list as long as it was, and so the place the reader left.
  const [person, setPerson] = useRememberedState('person', ALL);
  const [skipping, setSkipping] = useState<TimelineItem | null>(null);
  const [deleting, setDeleting] = useState<TimelineItem | null>(null);
  const [editing, setEditing] = useState<CustomTodo | undefined>();
  const [status, setStatus] = useState<string | null>(null);
  /** The step last marked done or skipped, and what was said: undone from the top (a mis-tap). */
  const [answered, setAnswered] = useState<{ item: TimelineItem; message: string } | null>(null);
  const [doneOpen, setDoneOpen] = useRememberedState('doneOpen', false);
  const [shown, setShown] = useRememberedState<Record<GroupKey, number>>('shown', {
    overdue: PAGE_SIZE,
    thisWeek: PAGE_SIZE,
    later: PAGE_SIZE,
    done: PAGE_SIZE,
  });
  const [error, setError] = useState<string | null>(null);

  const visible = useMemo(
    () => (timeline ? timeline.items.filter((i) => person === ALL || i.profileId === person) : []),
    [timeline, person],
  );

  // While loading: the placeholder the frame showed (the first-visit welcome when the phone holds nobody).
  if (!timeline) return <ScreenSkeleton />;
  const { profiles } = timeline;
  /** The student's name where the reader is not that student: their steps speak about them (M7). */
  const aboutOf = (profileId: string) =>
    speaksAbout(profileId, timeline.settings) ? profiles.find((p) => p.id === profileId)?.name : undefined;
  const family = profiles.length > 0 && profiles.every((p) => aboutOf(p.id) !== undefined);
  const header = (
    <PageHeader
      title={t('common:home.title')}
      lead={family ? t('common:home.leadFamily') : t('common:home.lead')}
    />
  );
  if (profiles.length === 0) {
    // The same words and markup as that welcome (FirstVisitWelcome), so nothing moves when the data comes.
    return (
      <>
        {header}
        <NoPersonYet />
      </>
    );
  }

  const names = new Map(profiles.map((p) => [p.id, p.name]));
  const setup = timeline.settings?.setup;
  const readOnly = setup?.role === 'family' && setup.followOnly === true;
  // Everyone shown is outside the schemes: nothing pending is not "well done" (UX review 2.1).
  const shownPeople = profiles.filter((p) => person === ALL || p.id === person);
  const noneCovered =
    shownPeople.length > 0 && shownPeople.every((p) => cardNeed(p).need === 'not-in-scheme');
  const showNames = profiles.length > 1;
  const next = nextItem(visible);
  // The next step is the card above the list, with its own actions: the list does not repeat it (M6).
  const groups = groupTimeline(
    visible.filter((item) => item.key !== next?.key),
    today,
  );
  const screenFacts = factsCiting([...new Set(visible.flatMap((item) => item.sourceIds))]);
  const soonCount = visible.filter((i) => isDueSoon(i, today)).length;
  const fail = (error: unknown) => setError(t(saveErrorKey(error)));
  const run = (work: Promise<unknown>, message: string, undoable?: TimelineItem) => {
    setError(null);
    work.then(() => {
      setStatus(message);
      setAnswered(undoable ? { item: undoable, message } : null);
    }, fail);
  };

  const actions: EntryActions = {
    onDone: (item) =>
      run(
        item.customTodoId
          ? todos().then((m) => m.setCustomTodoDone(item.customTodoId!, today))
          : steps().then((m) => m.setStepState(item.profileId, item.stepId, { state: 'done', on: today })),
        t('timeline:messages.done', { title: stepTitle(t, item, aboutOf(item.profileId)) }),
        item,
      ),
    onSkip: (item) => setSkipping(item),
    onUndo: (item) =>
      run(
        item.customTodoId
          ? todos().then((m) => m.setCustomTodoDone(item.customTodoId!, undefined))
          : steps().then((m) => m.setStepState(item.profileId, item.stepId, null)),
        t('timeline:messages.undone', { title: stepTitle(t, item, aboutOf(item.profileId)) }),
      ),
    // The stored record, not the list's view of it: the form saves it whole, and knows its version.
    onEdit: (item) =>
      void todos()
        .then((m) => m.getCustomTodo(item.customTodoId!))
        .then((todo) => (todo ? setEditing(todo) : setError(t('common:errors.changedElsewhere'))), fail),
    onDelete: (item) => setDeleting(item),
  };

  /** A group's first items, then "Show more" for the rest, a page at a time. */
  const entries = (key: GroupKey, items: TimelineItem[]) => {
    const limit = shown[key];
    const left = items.length - limit;
    return (
      <>
        <ul className="timeline">
          {items.slice(0, limit).map((item) => (
            <TimelineEntry
              key={item.key}
              item={item}
              personName={showNames ? names.get(item.profileId) : undefined}
              about={aboutOf(item.profileId)}
              soon={key !== 'done' && isDueSoon(item, today)}
              actions={actions}
              readOnly={readOnly}
            />
          ))}
        </ul>
        {left > 0 ? (
          <div className="more-items">
            <p className="muted">{t('timeline:shownOf', { shown: limit, total: items.length })}</p>
            <button
              type="button"
              className="button"
              onClick={() => setShown((current) => ({ ...current, [key]: current[key] + PAGE_SIZE }))}
            >
              {t('timeline:showMore', { count: Math.min(PAGE_SIZE, left) })}
            </button>
          </div>
        ) : null}
      </>
    );
  };

  const section = (key: 'overdue' | 'thisWeek' | 'later', items: TimelineItem[]) =>
    items.length === 0 ? null : (
      <section className="card" aria-labelledby={`group-${key}`}>
        <h2 id={`group-${key}`}>
          {t(`timeline:groups.${key}`)} <span className="count">({items.length})</span>
        </h2>
        {entries(key, items)}
      </section>
    );

  return (
    <>
      {header}
      {screenFacts.length > 0 ? <Freshness factIds={screenFacts} /> : null}
      {showNames ? (
        <div className="person-bar">
          <label htmlFor="timeline-person">{t('timeline:filter')}</label>
          <select
            id="timeline-person"
            className="input input--inline"
            value={person}
            onChange={(e) => setPerson(e.target.value)}
          >
            <option value={ALL}>{t('timeline:everyone')}</option>
            {profiles.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}

      {timeline.settings?.upgradeReport ? (
        <Suspense fallback={null}>
          <UpgradeReportNotice report={timeline.settings.upgradeReport} />
        </Suspense>
      ) : null}
      <BackupReminder lastBackupAt={timeline.settings?.lastBackupAt} />
      {soonCount > 0 ? (
        <p className="callout callout--warning" role="note">
          {t('timeline:soonNotice', { count: soonCount })}
        </p>
      ) : null}

      <NextStep
        next={next}
        personName={next && showNames ? names.get(next.profileId) : undefined}
        about={next ? aboutOf(next.profileId) : undefined}
        noneCovered={noneCovered}
        actions={actions}
        readOnly={readOnly}
        answered={answered}
      />
      {readOnly ? <p className="muted">{t('timeline:followOnly')}</p> : null}

      {section('overdue', groups.overdue)}
      {section('thisWeek', groups.thisWeek)}
      {section('later', groups.later)}
      {groups.done.length > 0 ? (
        <details className="card" open={doneOpen} onToggle={(event) => setDoneOpen(event.currentTarget.open)}>
          <summary>
            <h2 className="inline-heading">
              {t('timeline:groups.done')} <span className="count">({groups.done.length})</span>
            </h2>
          </summary>
          {/* Closed by default: its entries are rendered only once it is opened. */}
          {doneOpen ? entries('done', groups.done) : null}
        </details>
      ) : null}

      <AlertMessage message={error} />
      <StatusMessage message={status} />

      <section className="card" aria-labelledby="custom-heading">
        <h2 id="custom-heading">
          {editing ? t('timeline:custom.editHeading') : t('timeline:custom.heading')}
        </h2>
        <Suspense fallback={<p className="loading">{t('common:loading')}</p>}>
          <CustomTodoForm
            key={editing?.id ?? 'new'}
            profiles={profiles}
            defaultProfileId={
              person !== ALL ? person : (timeline.settings?.activeProfileId ?? profiles[0]!.id)
            }
            editing={editing}
            onDone={() => setEditing(undefined)}
            onSaved={setStatus}
          />
        </Suspense>
      </section>

      <KeepSection
        items={timeline.items}
        visible={visible}
        profiles={profiles}
        today={today}
        onStatus={setStatus}
        onError={setError}
      />

      <SkipDialog
        title={skipping ? stepTitle(t, skipping, aboutOf(skipping.profileId)) : null}
        onCancel={() => setSkipping(null)}
        onSkip={(reason) => {
          const item = skipping;
          setSkipping(null);
          if (item)
            run(
              steps().then((m) =>
                m.setStepState(item.profileId, item.stepId, {
                  state: 'skipped',
                  on: today,
                  ...(reason ? { reason } : {}),
                }),
              ),
              t('timeline:messages.skipped', { title: stepTitle(t, item, aboutOf(item.profileId)) }),
              item,
            );
        }}
      />
      <ConfirmDialog
        open={deleting !== null}
        title={t('timeline:custom.deleteTitle', {
          title: deleting ? stepTitle(t, deleting, aboutOf(deleting.profileId)) : '',
        })}
        confirmLabel={t('common:actions.delete')}
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          const item = deleting;
          setDeleting(null);
          if (item?.customTodoId)
            run(
              todos().then((m) => m.deleteCustomTodo(item.customTodoId!)),
              t('timeline:messages.deleted', { title: stepTitle(t, item, aboutOf(item.profileId)) }),
            );
        }}
      >
        <p>{t('timeline:custom.deleteBody')}</p>
      </ConfirmDialog>
    </>
  );
}
