import { describe, expect, it } from 'vitest';
import { buildCardApplication, buildProfile, buildReceiptCode } from '../../../tests/builders';
import { addressLacksDoorNumber, maskAddress } from '../identity/address';
import {
  BRING_BY_PHASE,
  BRING_ITEMS,
  bringStepId,
  checklistPhase,
  FORM_ANSWER_IDS,
  formAnswers,
} from './checklist';
import { CARD_STAGES } from './journey';

describe('the bank counter checklist', () => {
  it('ticks what to bring as checklist steps', () => {
    expect(BRING_ITEMS.map((item) => bringStepId(item))).toEqual([
      'checklist.own-id',
      'checklist.receipt-code',
      'checklist.phone',
    ]);
    // The pickup trip's ticks are its own: a tick from applying never shows as ready for the pickup.
    expect(BRING_BY_PHASE.collect.map((item) => bringStepId(item, 'collect'))).toEqual([
      'checklist.collect.own-id',
      'checklist.collect.phone',
    ]);
  });

  it('follows the card: apply until the application is made, then collect and activate, then nothing', () => {
    expect(CARD_STAGES.map((stage) => [stage, checklistPhase(stage)])).toEqual([
      ['not-started', 'apply'],
      ['code-ready', 'apply'],
      ['submitted', 'collect'],
      ['ready-to-collect', 'collect'],
      ['collected', 'collect'],
      ['activated', 'done'],
    ]);
  });

  it('gives every answer of the bank form in its order, with where to fix it and what to mask', () => {
    const answers = formAnswers(buildProfile(), {
      receiptCode: buildReceiptCode(),
      application: buildCardApplication(),
    });
    expect(answers.map((a) => a.id)).toEqual([...FORM_ANSWER_IDS]);
    expect(Object.fromEntries(answers.map((a) => [a.id, [a.value, a.fixAt, a.sensitive]]))).toEqual({
      idNumber: ['440303200506151230', '/profile', true],
      hukouType: ['nonlocal-urban', '/profile', false],
      educationLevel: ['bachelor', '/profile', false],
      idIssuingAuthority: ['深圳市公安局', '/profile', false],
      mobile: ['13800138000', '/profile', true],
      shenzhenAddress: ['深圳市坪山区石井街道兰田路 3002 号', '/profile', true],
      receiptCode: ['A1B2C3D4E5F', '/card', false],
      pickupBranch: ['深圳坪山支行', '/card', false],
    });
    expect(answers.find((a) => a.id === 'hukouType')?.option).toEqual({
      group: 'hukou',
      value: 'nonlocal-urban',
    });
    expect(answers.find((a) => a.id === 'educationLevel')?.option).toEqual({
      group: 'education',
      value: 'bachelor',
    });
    expect(answers.some((a) => a.warning)).toBe(false);
  });

  it('says what is missing (blank counts as missing), and warns of an address with no door number', () => {
    const profile = buildProfile({
      mobile: '',
      hukouType: undefined,
      educationLevel: undefined,
      idIssuingAuthority: undefined,
      shenzhenAddress: '深圳市坪山区石井街道',
    });
    const answers = formAnswers(profile, {
      receiptCode: undefined,
      application: buildCardApplication({ pickupBranch: undefined }),
    });
    const missing = answers.filter((a) => a.value === undefined).map((a) => a.id);
    expect(missing).toEqual([
      'hukouType',
      'educationLevel',
      'idIssuingAuthority',
      'mobile',
      'receiptCode',
      'pickupBranch',
    ]);
    expect(answers.find((a) => a.id === 'hukouType')?.option).toBeUndefined();
    expect(answers.find((a) => a.id === 'shenzhenAddress')?.warning).toBe('doorNumber');
  });
});

describe('addresses', () => {
  it('knows an address without any digit lacks its door number (full-width digits count)', () => {
    expect(addressLacksDoorNumber('兰田路')).toBe(true);
    expect(addressLacksDoorNumber('兰田路 3002 号')).toBe(false);
    expect(addressLacksDoorNumber('兰田路３００２号')).toBe(false);
  });

  it('masks all but the start of an address, and a short one wholly', () => {
    expect(maskAddress('深圳市坪山区石井街道兰田路 3002 号')).toBe('深圳市坪山区********');
    expect(maskAddress('  深圳  ')).toBe('**');
    expect(maskAddress('深圳市坪山')).toBe('深圳***');
  });
});
