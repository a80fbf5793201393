import { describe, expect, it } from 'vitest';
import { isNavCurrent } from './nav-current';
import { secondaryPaths } from './navigation';

describe('isNavCurrent', () => {
  const behind = secondaryPaths('shenzhen');

  it('marks a screen’s link on the screen and below it, and the to-do only on /', () => {
    expect(isNavCurrent('/guides', '/guides', behind)).toBe(true);
    expect(isNavCurrent('/guides', '/guides/parents', behind)).toBe(true);
    expect(isNavCurrent('/guides', '/Guides/', behind)).toBe(true);
    expect(isNavCurrent('/card', '/cardigan', behind)).toBe(false);
    expect(isNavCurrent('/', '/', behind)).toBe(true);
    expect(isNavCurrent('/', '/card', behind)).toBe(false);
  });

  it('marks More on /more and on the screens behind it for this tab set, not on a tab of its own', () => {
    expect(isNavCurrent('/more', '/more', behind)).toBe(true);
    expect(isNavCurrent('/more', '/settings', behind)).toBe(true);
    expect(isNavCurrent('/more', '/guides/parents', behind)).toBe(true);
    expect(isNavCurrent('/more', '/card', behind)).toBe(false);
    // A family member's people screen is a tab; a Shenzhen student's is behind More.
    expect(isNavCurrent('/more', '/profile', secondaryPaths('family'))).toBe(false);
    expect(isNavCurrent('/more', '/profile', behind)).toBe(true);
  });

  it('is self-contained: its inlined source works with no outside names', () => {
    const inlined = new Function(`return (${String(isNavCurrent)})`)() as typeof isNavCurrent;
    expect(inlined('/more', '/settings', behind)).toBe(true);
    expect(inlined('/card', '/card/x', behind)).toBe(true);
  });
});
