import { afterEach, describe, expect, it } from 'vitest';
import { addLateHeadLinks } from './late-head';
import { LATE_HEAD_ID } from './shell-ready';

const links = () =>
  [...document.head.querySelectorAll('link')].map((link) => [link.rel, link.getAttribute('href')]);

afterEach(() => {
  document.head.innerHTML = '';
});

describe('addLateHeadLinks', () => {
  it('puts the waiting icon and manifest in the head, in place of the empty icon', () => {
    document.head.innerHTML =
      '<link rel="icon" href="data:,"><link rel="apple-touch-icon" href="/t.png">' +
      `<template id="${LATE_HEAD_ID}"><link rel="icon" href="/favicon.svg"><link rel="manifest" href="/m.webmanifest"></template>`;
    addLateHeadLinks();
    expect(links()).toEqual([
      ['apple-touch-icon', '/t.png'],
      ['icon', '/favicon.svg'],
      ['manifest', '/m.webmanifest'],
    ]);
    expect(document.getElementById(LATE_HEAD_ID)).toBeNull();
    addLateHeadLinks(); // once is all it takes; again changes nothing
    expect(links()).toHaveLength(3);
  });

  it('leaves a page whose links are in place already (the dev server’s) as it is', () => {
    document.head.innerHTML =
      '<link rel="icon" href="/favicon.svg"><link rel="manifest" href="/m.webmanifest">';
    addLateHeadLinks();
    expect(links()).toEqual([
      ['icon', '/favicon.svg'],
      ['manifest', '/m.webmanifest'],
    ]);
  });
});
