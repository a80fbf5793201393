import { useCallback, useEffect, useState } from 'react';
import { NOTIFIED_KEY, readHint, REMINDERS_KEY, writeHint } from '@/data/device-hints';
import type { IsoDate } from '@/domain/dates/iso-date';
import { dueTomorrow } from '@/domain/timeline/groups';
import type { TimelineItem } from '@/domain/timeline/types';

/** The browser's permission, or 'off' when the reader turned reminders off here (the browser cannot). */
type Permission = NotificationPermission | 'unsupported' | 'off';

function notifiedSet(): Set<string> {
  try {
    return new Set(JSON.parse(readHint('local', NOTIFIED_KEY) ?? '[]') as string[]);
  } catch {
    return new Set();
  }
}

/**
 * Reminders without a server: while the app is open (or when it next opens), one notification for each
 * item due tomorrow, once. Phones may not run this while the app is closed; the calendar file covers that.
 */
export function useReminders(
  items: readonly TimelineItem[] | undefined,
  today: IsoDate,
  describe: (item: TimelineItem) => { title: string; body: string },
) {
  const supported = typeof window !== 'undefined' && 'Notification' in window;
  const [permission, setPermission] = useState<Permission>(() =>
    !supported
      ? 'unsupported'
      : Notification.permission === 'granted' && readHint('local', REMINDERS_KEY) === 'off'
        ? 'off'
        : Notification.permission,
  );

  const request = useCallback(async () => {
    if (!supported) return;
    writeHint('local', REMINDERS_KEY, 'on');
    setPermission(await Notification.requestPermission());
  }, [supported]);

  /** Reminders off on this phone, though the browser still allows them (a page cannot take that back). */
  const turnOff = useCallback(() => {
    writeHint('local', REMINDERS_KEY, 'off');
    setPermission('off');
  }, []);

  useEffect(() => {
    if (!items || permission !== 'granted') return;
    const done = notifiedSet();
    const fresh = dueTomorrow(items, today).filter((item) => !done.has(`${item.key}@${today}`));
    if (fresh.length === 0) return;
    for (const item of fresh) {
      const { title, body } = describe(item);
      const options: NotificationOptions = { body, tag: item.key, icon: '/icons/icon-192.png' };
      // Android Chrome shows notifications only through the service worker; others accept either.
      const viaPage = () => {
        new Notification(title, options);
      };
      const show: Promise<void> = navigator.serviceWorker?.getRegistration
        ? navigator.serviceWorker
            .getRegistration()
            .then((reg) => (reg ? reg.showNotification(title, options) : viaPage()))
        : Promise.resolve().then(viaPage);
      show.catch(() => undefined);
      done.add(`${item.key}@${today}`);
    }
    // Not remembered where storage is refused: at worst the same reminder shows again next time.
    writeHint('local', NOTIFIED_KEY, JSON.stringify([...done].slice(-200)));
  }, [items, today, permission, describe]);

  return { permission, request, turnOff };
}
