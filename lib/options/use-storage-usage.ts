import { useCallback, useEffect, useState } from 'preact/hooks';
import { storageUsage } from '../storage/database';
import { toDbFailure } from '../storage/transactions';
import type { Reason } from '../shared/errors';
import { libraryStats } from '../storage/library';

/** What the options page shows about storage. */
export interface StorageUsage {
  articles: number;
  images: number;
  imageBytes: number;
  /** Bytes used by the whole extension (IndexedDB, settings), as the browser estimates it. */
  usage: number;
  quota: number;
  persisted: boolean;
}

/** Reads the Library's size and the browser's storage estimate; `refresh` reads them again. */
export function useStorageUsage(): { usage: StorageUsage | null; failure: Reason | null; refresh(): void } {
  const [usage, setUsage] = useState<StorageUsage | null>(null);
  const [failure, setFailure] = useState<Reason | null>(null);
  const refresh = useCallback(() => {
    Promise.all([libraryStats(), storageUsage()]).then(
      ([stats, estimate]) => setUsage({ ...stats, ...estimate }),
      (error: unknown) => {
        console.error('Liseuse: could not measure storage', error);
        setFailure(toDbFailure(error).reason);
      },
    );
  }, []);
  useEffect(refresh, [refresh]);
  return { usage, failure, refresh };
}
