import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { forgetHistoryState } from '@/components/history-state';

// On a busy 2-core CI machine, IndexedDB live queries can take longer than Testing Library's 1 s default.
configure({ asyncUtilTimeout: 4000 });

afterEach(() => {
  cleanup();
  forgetHistoryState();
});
