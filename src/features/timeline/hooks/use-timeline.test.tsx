import { render, screen } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { freshDatabaseEachTest } from '../../../../tests/component-helpers';
import { useTimeline } from './use-timeline';

vi.mock('@/data/repositories/timeline', async (original) => ({
  ...(await original<typeof import('@/data/repositories/timeline')>()),
  timelineInSteps: () => Promise.reject(new Error('the engine failed')),
}));

freshDatabaseEachTest();

class Boundary extends Component<{ children: ReactNode }, { error: string | null }> {
  state = { error: null as string | null };
  static getDerivedStateFromError(error: Error) {
    return { error: error.message };
  }
  render() {
    return this.state.error ? <p role="alert">{this.state.error}</p> : this.props.children;
  }
}

function Probe() {
  const timeline = useTimeline('2026-11-22');
  return <p>{timeline ? `${timeline.items.length} items` : 'loading'}</p>;
}

describe('the to-do worked out between the browser’s other work', () => {
  it('hands a failure to the screen’s error boundary, never a to-do left loading', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // React logs the caught error
    render(
      <Boundary>
        <Probe />
      </Boundary>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('the engine failed');
  });
});
