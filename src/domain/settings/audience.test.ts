import { describe, expect, it } from 'vitest';
import { speaksAbout } from './audience';

const setup = { city: 'shenzhen', idType: 'resident-id' } as const;

// UX review 3, M7
describe('who the app speaks to', () => {
  it('speaks about the student to a family member, whoever is "me"', () => {
    expect(speaksAbout('pablo', { setup: { ...setup, role: 'family' } })).toBe(true);
    expect(speaksAbout('pablo', { setup: { ...setup, role: 'family' }, meProfileId: 'pablo' })).toBe(true);
  });

  it("speaks to the phone's owner, and about anyone else on a student's phone", () => {
    const student = { setup: { ...setup, role: 'student' as const }, meProfileId: 'li' };
    expect(speaksAbout('li', student)).toBe(false);
    expect(speaksAbout('friend', student)).toBe(true);
  });

  it('speaks to the reader when the owner is not known (an older phone, no answers yet)', () => {
    expect(speaksAbout('li', undefined)).toBe(false);
    expect(speaksAbout('li', { setup: { ...setup, role: 'student' } })).toBe(false);
  });
});
