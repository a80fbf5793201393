import { useCallback, useEffect, useState } from 'react';
import { requestPersistentStorage } from '@/components/storage';

export interface StorageStatus {
  supported: boolean;
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

/** Whether the browser has promised to keep the data, and how much space it uses. */
export function useStorageStatus() {
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [requesting, setRequesting] = useState(false);

  const refresh = useCallback(async () => {
    const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
    if (!storage) {
      setStatus({ supported: false, persisted: null, usage: null, quota: null });
      return;
    }
    const [persisted, estimate] = await Promise.all([
      storage.persisted ? storage.persisted().catch(() => null) : Promise.resolve(null),
      storage.estimate ? storage.estimate().catch(() => null) : Promise.resolve(null),
    ]);
    setStatus({
      supported: Boolean(storage.persist),
      persisted,
      usage: estimate?.usage ?? null,
      quota: estimate?.quota ?? null,
    });
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const request = useCallback(async () => {
    setRequesting(true);
    await requestPersistentStorage();
    await refresh();
    setRequesting(false);
  }, [refresh]);

  return { status, request, requesting };
}
