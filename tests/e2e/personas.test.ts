import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openRoute, sessionPerTest } from './browser';
import { answerStart } from './pages/start-page';

/**
 * Five people who tried the app (an outside UX review), each from an empty phone in their own
 * language, on the review's day (Sunday 29 November 2026): what each is now told.
 */
const newSession = sessionPerTest();
const REVIEW_DAY = new Date('2026-11-29T04:00:00Z'); // noon in Shanghai

async function start(page: Page, lng: string) {
  const { context } = { context: page.context() };
  await context.clock.setFixedTime(REVIEW_DAY);
  await openRoute(page, `/?lng=${lng}`);
}

/** The tabs the bottom bar shows on a phone (the rest are under More). */
const visibleTabs = (page: Page) =>
  page.locator('nav.app-nav a:visible').evaluateAll((links) => links.map((a) => a.textContent?.trim()));

describe('five people, each from an empty phone in their own language', () => {
  it('李明, a Shenzhen freshman (zh): three questions, his details, then his next step; binding a clinic is open now', async () => {
    const { page } = await newSession();
    await start(page, 'zh');
    await page.getByRole('link', { name: '开始' }).click();
    await answerStart(page, {
      role: /^我是学生本人/,
      city: /^深圳/,
      document: '居民身份证',
      documentLabel: /^你的证件$/,
      save: '保存',
    });
    // Only what his journey needs now; the bank form's answers wait, folded.
    await page.getByLabel('姓名', { exact: true }).fill('李明');
    await page.getByLabel('证件号码', { exact: true }).fill('440303200506151230');
    expect(await page.getByLabel('证件类型', { exact: true }).inputValue()).toBe('resident-id');
    expect(await page.getByLabel('户口性质').isVisible()).toBe(false);
    await page.getByRole('button', { name: '保存', exact: true }).click();
    // After the first save: the next step, not the same long form again.
    await page.getByRole('heading', { name: '已添加 李明' }).waitFor();
    await page.getByRole('link', { name: '查看待办' }).click();
    await page.getByText('下一步').first().waitFor();
    const bind = page.locator('li.item', { hasText: '绑定社康' });
    expect(await bind.locator('.status-badge').first().textContent()).not.toContain('等待');
    expect(await visibleTabs(page)).toEqual(['待办', '社保卡', '社康', '异地备案', '更多']);
  });

  it('María, a mother in Spanish whose son holds a passport: his details, never "well done", answers for her', async () => {
    const { page } = await newSession();
    await start(page, 'es');
    await page.getByRole('link', { name: 'Empezar' }).click();
    await answerStart(
      page,
      {
        role: /^Ayudo a un estudiante/,
        city: /^Shenzhen/,
        document: 'Pasaporte',
        documentLabel: /^El documento de identidad del estudiante$/,
        save: 'Guardar',
      },
      /^Solo seguir los pendientes/,
    );
    await page.getByRole('heading', { name: 'El estudiante al que ayuda' }).waitFor();
    // The son, not herself.
    expect(await page.getByRole('checkbox', { name: /Soy yo|Esta persona soy yo/ }).isChecked()).toBe(false);
    await page.getByLabel('Nombre completo', { exact: true }).fill('Pablo');
    await page.getByLabel('Número de documento', { exact: true }).fill('PAB123456');
    await page.getByRole('button', { name: 'Guardar', exact: true }).click();
    await page.getByRole('link', { name: 'Ver los pendientes' }).click();

    const next = page.locator('.next');
    // Said to her about her son, not to her as if she were the student.
    await next.getByText(/^Pablo no está en el seguro estudiantil/).waitFor();
    expect(await next.getByText(/^No está en el seguro médico estudiantil/).count()).toBe(0);
    expect(await page.getByText('¡Bien hecho!').count()).toBe(0);
    // She follows: no button answers for her son.
    expect(await page.getByRole('button', { name: /^Marcar como hecho/ }).count()).toBe(0);
    expect(await visibleTabs(page)).toEqual(['Pendientes', 'Familia', 'Personas', 'Guías', 'Más']);

    // The family screen: never "insured in Shenzhen" from the city alone, and her three questions answered.
    await page.getByRole('navigation').getByRole('link', { name: 'Familia' }).click();
    const insured = page.getByLabel(/¿El beneficiario está asegurado en Shenzhen/);
    expect(await insured.inputValue()).toBe('no');
    await page.getByRole('link', { name: 'Leer las respuestas para familias' }).click();
    await page.getByText(/^¿Puedo pagar por el estudiante\?/).waitFor();
    await page.getByText(/^¿Puedo vincular mi cuenta\?/).waitFor();
    await page.getByText(/^¿Qué es el comprobante electrónico\?/).waitFor();

    // The summary she reads: about Pablo, in the third person, and honest about his cover.
    await openRoute(page, '/guides/share');
    const sheet = page.locator('.share-sheet');
    await sheet.getByText('Estudia en: Shenzhen').waitFor();
    expect(await sheet.getByText('Asegurado en').count()).toBe(0);
    await sheet.getByText(/Pablo no está en el seguro estudiantil/).waitFor();
  });

  it('王芳, a Shanghai freshman (zh): Shanghai tabs, no Shenzhen questions, the open payment period shown', async () => {
    const { page } = await newSession();
    await start(page, 'zh');
    await page.getByRole('link', { name: '开始' }).click();
    await answerStart(page, {
      role: /^我是学生本人/,
      city: /^上海/,
      document: '居民身份证',
      documentLabel: /^你的证件$/,
      save: '保存',
    });
    expect(await page.getByLabel('参保城市', { exact: true }).inputValue()).toBe('shanghai');
    expect(await page.getByLabel('深圳详细地址').count()).toBe(0);
    expect(await page.getByLabel('户口性质').count()).toBe(0);
    await page.getByLabel('姓名', { exact: true }).fill('王芳');
    await page.getByLabel('证件号码', { exact: true }).fill('440303200708151239');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByRole('link', { name: '查看待办' }).click();
    await page.getByText('下一步').first().waitFor();
    expect(await visibleTabs(page)).toEqual(['待办', '上海新生', '异地备案', '指南', '更多']);
    // The school's payment period (usually to early December) is open now: never "waiting".
    const payment = page.locator('li.item', { hasText: '缴纳 2027 年保费' });
    expect(await payment.locator('.status-badge').first().textContent()).not.toContain('等待');
    // The bank checklist has nothing to nag her about.
    await openRoute(page, '/checklist');
    await page.getByText('在上海参保').waitFor();
    expect(await page.getByText(/项答案未填写/).count()).toBe(0);
  });

  it('a Hong Kong student (en): his residence permit, no hukou, his +852 number explained, the border said', async () => {
    const { page } = await newSession();
    await start(page, 'en');
    await page.getByRole('link', { name: 'Start', exact: true }).click();
    await answerStart(page, {
      role: /^I am the student/,
      city: /^Shenzhen/,
      document: 'Residence Permit for Hong Kong, Macao and Taiwan Residents',
      documentLabel: /^Your identity document$/,
      save: 'Save',
    });
    await page.getByLabel('Full name', { exact: true }).fill('Chan Tai Man');
    const id = page.getByLabel('ID number', { exact: true });
    await id.fill('H1234567');
    const mobile = page.getByLabel('Mobile number', { exact: true });
    await mobile.fill('+852 9123 4567');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    // Each refusal says how to put it right.
    await expect
      .poll(() => page.locator('.field__error').allTextContents())
      .toEqual([
        expect.stringContaining('starts with 810000 (Hong Kong)'),
        expect.stringContaining('leave this blank until you have one'),
      ]);
    await id.fill('810000200506151234');
    await mobile.fill('');
    await page.getByText('More details for the bank form').click();
    await page.getByText('not asked for a hukou type').waitFor();
    expect(await page.getByLabel('Hukou type').count()).toBe(0);
    expect(await page.getByLabel('ID issuing authority').count()).toBe(0);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('link', { name: 'Open the to-do' }).click();
    await page.getByText('Mainland cover stops at the border').waitFor();
    await page
      .getByText(/take the photo in person/)
      .first()
      .waitFor();
    // The bank checklist asks him nothing he cannot have.
    await openRoute(page, '/checklist');
    expect(await page.getByText('Hukou type').count()).toBe(0);

    // Going home: no filing, and the mainland cover does not go with him.
    await openRoute(page, '/filings');
    await page.getByRole('button', { name: 'No', exact: true }).click();
    await page.getByRole('button', { name: 'Going home for the holidays' }).click();
    await page.getByRole('button', { name: 'Going home to Hong Kong, Macao or Taiwan, or abroad' }).click();
    await page.getByText('No filing exists: mainland cover does not apply there').waitFor();
  });

  it('an intern in Beijing (zh): the filing in force on the to-do, and a warning before a trip would end it', async () => {
    const { page } = await newSession();
    await start(page, 'zh');
    await openRoute(page, '/profile');
    await page.getByLabel('姓名', { exact: true }).fill('张伟');
    await page.getByLabel('证件号码', { exact: true }).fill('440303200506151230');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByRole('heading', { name: '已添加 张伟' }).waitFor();

    await openRoute(page, '/filings');
    const file = async (destination: string, startDate: string) => {
      await page.getByRole('button', { name: '添加备案' }).click();
      await page.getByLabel('备案类型', { exact: true }).selectOption({ label: '其他临时外出就医人员' });
      await page.getByLabel('就医地', { exact: true }).fill(destination);
      await page.getByLabel('开始日期', { exact: true }).fill(startDate);
      expect(await page.getByLabel('状态', { exact: true }).inputValue()).toBe('draft');
      await page.getByLabel('状态', { exact: true }).selectOption({ label: '已通过' });
      await page.getByRole('button', { name: '保存', exact: true }).click();
    };
    await file('北京', '2026-12-07');
    await page.getByRole('status').filter({ hasText: '已保存' }).waitFor();

    // A weekend in Tianjin would end the internship filing: the app asks first, with the rule.
    await file('天津', '2027-01-10');
    const dialog = page.getByRole('dialog');
    await dialog.getByText('这会让你到北京市的临时备案失效').waitFor();
    await dialog.getByText('急诊在任何地方都视同已备案').waitFor();
    await dialog.getByRole('button', { name: '取消' }).click();
    await page.getByRole('button', { name: '取消', exact: true }).click();
    expect(await page.locator('ul.timeline > li').count()).toBe(1);

    await openRoute(page, '/');
    await page.getByText('你到北京市的异地就医备案生效中').waitFor();
  });
});
