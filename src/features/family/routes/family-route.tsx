import { useState } from 'react';
import { useNumberFormats } from '@/components/number-format';
import { Link } from '@/components/link';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { DateText } from '@/components/date-text';
import { PageHeader } from '@/components/page-header';
import { PersonBar, PersonScreenState } from '@/components/people/person-bar';
import { usePeople } from '@/components/people/use-people';
import { SourceNote } from '@/components/source-note';
import { AlertMessage, StatusMessage } from '@/components/status-message';
import { useToday } from '@/components/use-today';
import { deleteFamilyLink } from '@/data/repositories/family';
import { setActiveProfile } from '@/data/repositories/profiles';
import { ageOn } from '@/domain/dates/iso-date';
import { drawFromAuthorisers } from '@/domain/family/eligibility';
import type { FamilyLink } from '@/domain/family/schema';
import { maskIdNumber } from '@/domain/identity/resident-id';
import { EligibilityCheck } from '../components/eligibility-check';
import { LinkForm } from '../components/link-form';
import { useFamilyLinks } from '../hooks/use-family-links';
import { namespaces } from './namespaces';
import { saveErrorKey } from '@/components/form/save-error';
import { runtimeKey, useTranslation } from '@/components/translation-keys';
import { Freshness } from '@/components/freshness';

/** The rules this screen applies: its freshness line speaks for all of them (UX review 3, M1). */
const SCREEN_FACTS = [
  'family.sharing-2023',
  'family.order',
  'family.link-data',
  'family.child-e-voucher',
  'family.e-voucher-vs-card',
];

const STEPS = { wechat: 6, website: 4, 'in-person': 3, 'child-e-voucher': 4 } as const;
const EXAMPLE = {
  bill: 6500,
  authorisers: [
    { who: 'mother', balance: 3000 },
    { who: 'father', balance: 5000 },
  ],
};

/** Family members on this phone, the family account channel (家庭通道), and the child e-voucher. */
export function Component() {
  const { t } = useTranslation(namespaces);
  const { money } = useNumberFormats();
  const today = useToday();
  const people = usePeople();
  const links = useFamilyLinks(people?.active?.id);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<FamilyLink | undefined>();

  const header = <PageHeader title={t('family:title')} lead={t('family:lead')} />;
  /** A card that says what is behind a link, and the link. */
  const linkCard = (key: 'answers' | 'summary', to: string) => (
    <section className="card" aria-labelledby={`${key}-heading`}>
      <h2 id={`${key}-heading`}>{t(`family:${key}.heading`)}</h2>
      <p>{t(`family:${key}.body`)}</p>
      <p>
        <Link className="button" to={to}>
          {t(`family:${key}.open`)}
        </Link>
      </p>
    </section>
  );
  // Families' questions and the summary are for anyone, before any data (UX review 2.2).
  const forFamilies = linkCard('answers', '/guides/parents');
  if (!people?.active)
    return (
      <>
        <PersonScreenState header={header} loading={!people} />
        {people ? forFamilies : null}
      </>
    );
  const active = people.active;
  const { profiles, settings } = people;
  const relatives = profiles.filter((p) => p.id !== active.id);
  const names = new Map(profiles.map((p) => [p.id, p.name]));
  const example = drawFromAuthorisers(EXAMPLE.authorisers, EXAMPLE.bill);
  const steps = (key: keyof typeof STEPS) => (
    <ol className="steps">
      {Array.from({ length: STEPS[key] }, (_, i) => (
        <li key={i}>{t(runtimeKey(`family:steps.${key}.${i + 1}`))}</li>
      ))}
    </ol>
  );

  return (
    <>
      {header}
      <Freshness factIds={SCREEN_FACTS} />
      <PersonBar profiles={profiles} active={active} />

      <section className="card" aria-labelledby="members-heading">
        <h2 id="members-heading">{t('family:members.heading')}</h2>
        <p>{t('family:members.intro')}</p>
        <ul className="people">
          {profiles.map((p) => (
            <li key={p.id} className="person">
              <div className="person__main">
                <strong>{p.name}</strong>
                {p.id === settings.meProfileId ? (
                  <span className="badge">{t('profile:badges.me')}</span>
                ) : null}
                {p.id === active.id ? (
                  <span className="badge badge--active">{t('profile:badges.active')}</span>
                ) : null}
              </div>
              <p className="muted">
                {t(`profile:cities.${p.city}`)}
                {p.dateOfBirth ? ` · ${t('family:members.age', { age: ageOn(p.dateOfBirth, today) })}` : ''}
              </p>
              <div className="item__actions">
                {p.id !== active.id ? (
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() =>
                      setActiveProfile(p.id).catch((error: unknown) => setError(t(saveErrorKey(error))))
                    }
                  >
                    {t('profile:makeActive', { name: p.name })}
                  </button>
                ) : null}
                <Link className="button button--small" to={`/profile?person=${encodeURIComponent(p.id)}`}>
                  {t('profile:editPerson', { name: p.name })}
                </Link>
              </div>
            </li>
          ))}
        </ul>
        <Link className="button" to="/profile?add=1">
          {t('family:members.add')}
        </Link>
      </section>

      {linkCard('summary', '/guides/share')}
      {forFamilies}

      <section className="card" aria-labelledby="channel-heading">
        <h2 id="channel-heading">{t('family:channel.heading')}</h2>
        <p>{t('family:channel.intro')}</p>
        <ul className="bullets">
          <li>{t('family:channel.childCannotUseParentCard')}</li>
          <li>{t('family:channel.ownCard')}</li>
        </ul>
        <h3>{t('family:check.heading')}</h3>
        <EligibilityCheck key={active.id} member={active} />
      </section>

      <section className="card" aria-labelledby="links-heading">
        <h2 id="links-heading">{t('family:links.heading', { name: active.name })}</h2>
        <p>{t('family:links.needs')}</p>
        <SourceNote factIds={['family.link-data']} compact />
        {links === undefined ? <p className="loading">{t('common:loading')}</p> : null}
        {links && links.length > 0 ? (
          <ul className="timeline">
            {links.map((link) => (
              <li key={link.id} className="item">
                <p className="item__title">
                  {names.get(link.authoriserProfileId) ?? t('family:links.unknownPerson')} ·{' '}
                  {t(`family:relations.${link.relation}`)}
                </p>
                {link.authoriserSocialSecurityNumber ? (
                  <p className="item__detail">
                    {t('family:links.fields.socialSecurityNumber')}:{' '}
                    {maskIdNumber(link.authoriserSocialSecurityNumber)}
                  </p>
                ) : null}
                {link.registeredOn ? (
                  <p className="item__detail">
                    {t('family:links.registeredOn')} <DateText date={link.registeredOn} />
                  </p>
                ) : null}
                <div className="item__actions">
                  <button
                    type="button"
                    className="button button--small button--danger"
                    onClick={() => setDeleting(link)}
                  >
                    {t('common:actions.delete')}
                    <span className="visually-hidden">: {names.get(link.authoriserProfileId)}</span>
                  </button>
                </div>
              </li>
            ))}
          </ul>
        ) : null}
        {relatives.length > 0 ? (
          <LinkForm
            key={active.id}
            member={active}
            relatives={relatives}
            onSaved={(message) => {
              setError(null);
              setStatus(message);
            }}
          />
        ) : (
          <p className="notice">
            {t('family:links.addRelativeFirst')} <Link to="/profile?add=1">{t('family:members.add')}</Link>
          </p>
        )}
        <AlertMessage message={error} />
        <StatusMessage message={status} />
      </section>

      <section className="card" aria-labelledby="how-heading">
        <h2 id="how-heading">{t('family:steps.heading')}</h2>
        {(['wechat', 'website', 'in-person'] as const).map((key) => (
          <details key={key} className="disclosure">
            <summary>
              <strong>{t(`family:steps.${key}.name`)}</strong>
            </summary>
            {steps(key)}
          </details>
        ))}
        <SourceNote factIds={['family.conditions', 'family.link-data']} compact />
      </section>

      <section className="card" aria-labelledby="order-heading">
        <h2 id="order-heading">{t('family:order.heading')}</h2>
        <p>{t('family:order.rule')}</p>
        <p>
          {t('family:order.example', {
            bill: money(EXAMPLE.bill),
            mother: money(3000),
            father: money(5000),
          })}
        </p>
        <ol className="steps">
          {example.draws.map((d) => (
            <li key={d.authoriser.who}>
              {t(runtimeKey(`family:order.draw.${d.authoriser.who}`), {
                paid: money(d.paid),
                balance: money(d.authoriser.balance),
              })}
            </li>
          ))}
        </ol>
        <p>{t('family:order.left', { amount: money(example.leftForMember) })}</p>
        <SourceNote factIds={['family.order']} compact />
      </section>

      <section className="card" aria-labelledby="child-heading">
        <h2 id="child-heading">{t('family:childEVoucher.heading')}</h2>
        <p>{t('family:childEVoucher.intro')}</p>
        {steps('child-e-voucher')}
        <SourceNote factIds={['family.child-e-voucher']} compact />
      </section>

      <section className="card" aria-labelledby="evoucher-heading">
        <h2 id="evoucher-heading">{t('family:eVoucher.heading')}</h2>
        <ul className="bullets">
          <li>{t('family:eVoucher.same')}</li>
          <li>{t('family:eVoucher.where')}</li>
          <li>{t('family:eVoucher.card')}</li>
        </ul>
        <SourceNote factIds={['family.e-voucher-vs-card']} compact />
      </section>

      <ConfirmDialog
        open={deleting !== undefined}
        title={t('family:links.deleteTitle', {
          name: deleting ? (names.get(deleting.authoriserProfileId) ?? '') : '',
        })}
        confirmLabel={t('common:actions.delete')}
        onCancel={() => setDeleting(undefined)}
        onConfirm={() => {
          const link = deleting;
          setDeleting(undefined);
          if (link)
            deleteFamilyLink(link.id).then(
              () => setStatus(t('family:links.deleted')),
              (error: unknown) => setError(t(saveErrorKey(error))),
            );
        }}
      >
        <p>{t('family:links.deleteBody')}</p>
      </ConfirmDialog>
    </>
  );
}
