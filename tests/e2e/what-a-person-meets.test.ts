import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BANK_FORM_FIELDS } from '../builders';
import { openRoute, sessionPerTest, waitForServiceWorkerControl } from './browser';
import { ProfilePage } from './pages/profile-page';
import { answerStart } from './pages/start-page';
import { todoStep } from './pages/todo-page';

/**
 * What a person meets on the screens they use most, in the built app: the bank checklist with nobody set up
 * and no network, a family member spoken to about the student, the next step done from its own card, and
 * the Shanghai benefits read whole on a narrow phone with large text.
 */
const newSession = sessionPerTest();
const A_MONDAY = new Date('2026-12-07T04:00:00Z'); // noon in Shanghai

describe('the bank checklist on an empty phone, offline', () => {
  it('shows what to bring and every field of the bank form before anyone is set up, for either trip', async () => {
    const session = await newSession();
    const { page, context } = session;
    await context.clock.setFixedTime(A_MONDAY);
    await openRoute(page, '/?lng=es');
    await waitForServiceWorkerControl(page);
    await context.setOffline(true);

    // Straight to the checklist, offline, as at the counter: a reload of the screen itself.
    await openRoute(page, '/checklist?lng=es');
    await page.reload({ waitUntil: 'load' });
    const main = page.locator('main');
    await main.getByRole('heading', { name: 'Qué llevar' }).waitFor();
    for (const item of ['Su propio documento válido', 'El código de recibo de la foto']) {
      expect(await main.getByText(item, { exact: true }).isVisible(), item).toBe(true);
    }
    await main.getByRole('heading', { name: 'Los campos del formulario del banco' }).waitFor();
    for (const field of BANK_FORM_FIELDS) {
      expect(await main.getByText(field, { exact: true }).isVisible(), field).toBe(true);
    }
    // Each with its gloss in the reader's language, and what to answer.
    await main.getByText('Tipo de hukou', { exact: true }).waitFor();
    await main.getByText(/^Una de cuatro: 本市城镇/).waitFor();
    // Setting up is offered after the lists, never in their place.
    expect(await main.getByText('Empiece aquí: tres preguntas').count()).toBe(0);
    await main.getByRole('link', { name: 'Añadir los datos' }).waitFor();

    // The pickup trip is one tap away: no form to fill again, and activation at the counter.
    await main.getByRole('radio', { name: /Recogerla y activarla/ }).check();
    await main.getByRole('heading', { name: 'Al recogerla' }).waitFor();
    expect(await main.getByText('证件号码', { exact: true }).count()).toBe(0);
    await main.getByText(/^Active la tarjeta \(激活\) en la ventanilla antes de salir/).waitFor();
  });
});

/** A family member sets the app up for a Shenzhen student with a resident ID, in their language. */
async function familyWithStudent(page: Page, lng: 'es' | 'zh', student: string) {
  await page.context().clock.setFixedTime(A_MONDAY);
  await openRoute(page, `/start?lng=${lng}`);
  const words =
    lng === 'es'
      ? {
          role: /^Ayudo a un estudiante/,
          city: /^Shenzhen/,
          document: 'Carné de identidad chino',
          documentLabel: /^El documento de identidad del estudiante$/,
          save: 'Guardar',
          name: 'Nombre completo',
          idNumber: 'Número de documento',
          todo: 'Ver los pendientes',
        }
      : {
          role: /^我是帮忙的家人/,
          city: /^深圳/,
          document: '居民身份证',
          documentLabel: /^学生的证件$/,
          save: '保存',
          name: '姓名',
          idNumber: '证件号码',
          todo: '查看待办',
        };
  await answerStart(page, words);
  await page.getByLabel(words.name, { exact: true }).fill(student);
  await page.getByLabel(words.idNumber, { exact: true }).fill('440303200506151230');
  await page.getByRole('button', { name: words.save, exact: true }).click();
  await page.getByRole('link', { name: words.todo }).click();
  await page.locator('.next').waitFor();
}

/** The to-do's step titles (what the student is told stays folded under each, in the student's words). */
const titles = (page: Page) => page.locator('main .next__title, main .item__title');

describe('family mode speaks to the family member about the student', () => {
  it('in Spanish: the to-do and the checklist name Pablo, and say what only he can do in person', async () => {
    const { page } = await newSession();
    await familyWithStudent(page, 'es', 'Pablo García');
    const todo = page.locator('main');
    await todo
      .getByText('Pablo García debe conseguir el código de recibo de la foto (回执码)')
      .first()
      .waitFor();
    await todo
      .getByText('Pablo García debe solicitar la tarjeta de seguridad social (社保卡) en un banco', {
        exact: true,
      })
      .waitFor();
    await todo
      .getByText(/^Solo Pablo García puede hacerlo, en persona en el banco/)
      .first()
      .waitFor();
    // Never addressed to her as if she were the student.
    for (const own of [
      /^Consiga el código de recibo/,
      /^Vincule su centro de salud/,
      /^Solicite la tarjeta/,
    ]) {
      expect(await titles(page).getByText(own).count(), String(own)).toBe(0);
    }
    // What Pablo himself is told stays one tap away.
    await todo.getByText('Lo que se le indica a Pablo García').first().waitFor();

    await openRoute(page, '/checklist');
    const checklist = page.locator('main');
    await checklist.getByRole('heading', { name: 'Qué debe llevar Pablo García' }).waitFor();
    await checklist
      .getByText(/^Solo Pablo García puede hacerlo: el banco necesita que Pablo García vaya en persona/)
      .waitFor();
    await checklist.getByText('El documento válido de Pablo García', { exact: true }).waitFor();
    expect(await checklist.getByText('Su propio documento válido', { exact: true }).count()).toBe(0);
  });

  it('in Chinese: the to-do and the checklist speak about 王小明, and say a family member cannot go for him', async () => {
    const { page } = await newSession();
    await familyWithStudent(page, 'zh', '王小明');
    const todo = page.locator('main');
    await todo.getByText('王小明 需要获取社保数码照片回执码').first().waitFor();
    await todo.getByText('王小明 需要到银行申领社保卡', { exact: true }).waitFor();
    await todo
      .getByText(/^只能由 王小明 本人携带自己的有效证件到银行办理：家人不能代办/)
      .first()
      .waitFor();
    for (const own of ['获取社保数码照片回执码', '申领金融社保卡', '绑定社康']) {
      expect(await titles(page).getByText(own, { exact: true }).count(), own).toBe(0);
    }

    await openRoute(page, '/checklist');
    const checklist = page.locator('main');
    await checklist.getByText(/^只能由 王小明 本人办理/).waitFor();
    expect(await checklist.getByText('本人有效证件', { exact: true }).count()).toBe(0);
  });
});

describe('the next step', () => {
  it('is not repeated in the list, is marked done from its own card, and stays done over a reload', async () => {
    const session = await newSession();
    const { page } = session;
    await page.context().clock.setFixedTime(A_MONDAY);
    await openRoute(page, '/profile?lng=en');
    const profile = new ProfilePage(page);
    await profile.fill({ name: 'Li Ming', idNumber: '440303200506151230' });
    await profile.save();
    await profile.status().waitFor();
    await openRoute(page, '/');

    const next = page.locator('.next');
    const title = next.locator('.next__title');
    await title.waitFor();
    const first = (await title.textContent())!.trim();
    // Not a copy of the list's first item: the list below holds every other step, not this one.
    expect(await page.locator('li.item .item__title', { hasText: first }).count()).toBe(0);
    // Its own screen, named for the step, and its own Mark done.
    expect(await next.getByRole('link').first().textContent()).not.toMatch(/^Go to the/);
    await next.getByRole('button', { name: /^Mark done/ }).click();
    await expect.poll(async () => (await title.textContent())!.trim(), { timeout: 15_000 }).not.toBe(first);
    // Answered: no longer an open step anywhere on the to-do, and still so after a reload.
    expect(await todoStep(page, first).count()).toBe(0);
    await page.reload({ waitUntil: 'load' });
    await title.waitFor();
    expect((await title.textContent())!.trim()).not.toBe(first);
    expect(await todoStep(page, first).count()).toBe(0);
  });
});

describe('the Shanghai benefits table', () => {
  it.each([
    { width: 320, large: true },
    { width: 390, large: false },
  ])('hides no column at $width px (large text: $large)', async ({ width, large }) => {
    const { page } = await newSession();
    await page.context().clock.setFixedTime(A_MONDAY);
    await openRoute(page, '/profile?lng=en');
    const profile = new ProfilePage(page);
    await profile.fill({ name: 'Wang Fang', idNumber: '440303200708151239', city: 'Shanghai' });
    await profile.save();
    await profile.status().waitFor();

    await openRoute(page, '/shanghai?lng=zh');
    await page.setViewportSize({ width, height: 800 });
    await page.evaluate(async (on) => {
      document.documentElement.classList.toggle('large-text', on);
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    }, large);
    const table = page.getByRole('table', { name: /上海市大学生居民医保待遇/ });
    await table.scrollIntoViewIfNeeded();
    const layout = await table.evaluate((element, screenWidth) => {
      const box = element.closest('.scroll-box') ?? element.parentElement!;
      const cells = [...element.querySelectorAll('tbody th, tbody td')].map((cell) => {
        const rect = cell.getBoundingClientRect();
        return {
          text: cell.textContent,
          label: getComputedStyle(cell, '::before').content,
          inside: rect.width > 0 && rect.left >= 0 && rect.right <= screenWidth + 0.5,
        };
      });
      return { scrollsSideways: box.scrollWidth > box.clientWidth + 1, cells };
    }, width);
    expect(layout.scrollsSideways).toBe(false);
    expect(layout.cells.filter((cell) => !cell.inside)).toEqual([]);
    // Seven rows of four: the self-pay share of each row is on screen.
    expect(layout.cells).toHaveLength(28);
    expect(layout.cells.filter((cell) => /%/.test(cell.text ?? ''))).toHaveLength(7);
    if (width === 320) {
      // Stacked: each value under its column's name.
      expect(layout.cells.filter((cell) => cell.label.includes('个人自负比例'))).toHaveLength(7);
    }
  });
});
