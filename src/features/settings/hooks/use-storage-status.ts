import { useCallback, useEffect, useState } from 'react';
import { requestPersistentStorage } from '@/components/storage';

export interface StorageStatus {
  supported: boolean;
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

async function readStorageStatus(): Promise<StorageStatus> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!storage) return { supported: false, persisted: null, usage: null, quota: null };
  const [persisted, estimate] = await Promise.all([
    storage.persisted ? storage.persisted().catch(() => null) : Promise.resolve(null),
    storage.estimate ? storage.estimate().catch(() => null) : Promise.resolve(null),
  ]);
  return {
    supported: Boolean(storage.persist),
    persisted,
    usage: estimate?.usage ?? null,
    quota: estimate?.quota ?? null,
  };
}

/** Whether the browser has promised to keep the data, and how much space it uses. */
export function useStorageStatus() {
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [requesting, setRequesting] = useState(false);

  useEffect(() => {
    let cancelled = false;
    readStorageStatus().then((next) => {
      if (!cancelled) setStatus(next);
    });
    return () => {
      cancelled = true;
    };
  }, []);

  const request = useCallback(async () => {
    setRequesting(true);
    await requestPersistentStorage();
    setStatus(await readStorageStatus());
    setRequesting(false);
  }, []);

  return { status, request, requesting };
}
