import { useEffect, useState } from 'react';
import { dateInTimeZone, type IsoDate } from '@/domain/dates/iso-date';

/** Today's date in China (Asia/Shanghai), updated when the app comes back to the foreground. */
export function useToday(): IsoDate {
  const [today, setToday] = useState(() => dateInTimeZone(new Date()));
  useEffect(() => {
    const refresh = () => setToday(dateInTimeZone(new Date()));
    document.addEventListener('visibilitychange', refresh);
    const timer = window.setInterval(refresh, 60_000);
    return () => {
      document.removeEventListener('visibilitychange', refresh);
      window.clearInterval(timer);
    };
  }, []);
  return today;
}
