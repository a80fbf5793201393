import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIsoDate, fromDayNumber, toDayNumber } from '../dates/iso-date';
import { idNumberProblem } from './id-document';
import { isValidMobile, maskMobile, normalizeMobile } from './mobile';
import { isValidReceiptCode, normalizeReceiptCode, receiptCodeProblem } from './receipt-code';
import {
  isValidResidentId,
  maskIdNumber,
  residentIdBirthDate,
  residentIdCheckCharacter,
  residentIdProblem,
} from './resident-id';

const digit = fc.integer({ min: 0, max: 9 }).map(String);
const region = fc
  .tuple(fc.integer({ min: 1, max: 8 }), fc.array(digit, { minLength: 5, maxLength: 5 }))
  .map(([first, rest]) => `${first}${rest.join('')}`);
const birth = fc
  .integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('2099-12-31') })
  .map((n) => fromDayNumber(n));
const sequence = fc.array(digit, { minLength: 3, maxLength: 3 }).map((d) => d.join(''));

/** Any well-formed resident ID: region, birth date, sequence and the right check character. */
const validResidentId = fc.tuple(region, birth, sequence).map(([r, b, s]) => {
  const first17 = `${r}${b.replaceAll('-', '')}${s}`;
  return first17 + residentIdCheckCharacter(first17);
});

describe('resident ID (GB 11643)', () => {
  it.each([
    ['11010519491231002X', null],
    ['11010519491231002x', null],
    ['110105 19491231 002X', null],
    ['440303200506151230', null],
    ['440303200802290016', null],
    ['440524188001010014', 'birthDate'],
    ['310115199902291235', 'birthDate'],
    ['110105194912310021', 'checkDigit'],
    ['11010519491331002X', 'birthDate'],
    ['11010518990101002X', 'birthDate'],
    ['010105194912310021', 'region'],
    ['1101051949123100', 'format'],
    ['11010519491231002Y', 'format'],
    ['', 'format'],
  ])('%s → %s', (id, problem) => {
    expect(residentIdProblem(id)).toBe(problem);
  });

  it('accepts every ID built with the right check character, and reads its birth date back', () => {
    fc.assert(
      fc.property(validResidentId, (id) => {
        expect(isValidResidentId(id)).toBe(true);
        expect(isValidResidentId(id.toLowerCase())).toBe(true);
        const b = residentIdBirthDate(id)!;
        expect(b.replaceAll('-', '')).toBe(id.slice(6, 14));
      }),
    );
  });

  it('detects every single-character change in the first 17 digits', () => {
    fc.assert(
      fc.property(
        validResidentId,
        fc.integer({ min: 0, max: 16 }),
        fc.integer({ min: 1, max: 9 }),
        (id, i, delta) => {
          const changed = id.slice(0, i) + String((Number(id[i]) + delta) % 10) + id.slice(i + 1);
          expect(isValidResidentId(changed)).toBe(false);
        },
      ),
    );
  });

  it('detects every wrong check character', () => {
    fc.assert(
      fc.property(validResidentId, fc.constantFrom(...'0123456789X'), (id, check) => {
        fc.pre(check !== id[17]);
        expect(residentIdProblem(id.slice(0, 17) + check)).toBe('checkDigit');
      }),
    );
  });

  it('masks all but the region and the last four', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
    fc.assert(
      fc.property(validResidentId, (id) => {
        const masked = maskIdNumber(id);
        expect(masked).toHaveLength(18);
        expect(masked.slice(6, 14)).toBe('********');
      }),
    );
  });
});

describe('mobile number', () => {
  it.each([
    ['13800138000', true],
    ['+86 138 0013 8000', true],
    ['0086-19912345678', true],
    ['12800138000', false],
    ['1380013800', false],
    ['138001380000', false],
    ['2380013800a', false],
  ])('%s → %s', (value, ok) => {
    expect(isValidMobile(value)).toBe(ok);
  });

  it('accepts any 1[3-9]xxxxxxxxx however it is spaced or prefixed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 9 }),
        fc.array(digit, { minLength: 9, maxLength: 9 }),
        fc.constantFrom('', '+86', '0086', '+86 '),
        (second, rest, prefix) => {
          const mobile = `1${second}${rest.join('')}`;
          const typed = `${prefix}${mobile.slice(0, 3)} ${mobile.slice(3, 7)} ${mobile.slice(7)}`;
          expect(isValidMobile(typed)).toBe(true);
          expect(normalizeMobile(typed)).toBe(mobile);
          expect(maskMobile(typed)).toBe(`${mobile.slice(0, 3)}****${mobile.slice(7)}`);
        },
      ),
    );
  });

  it('rejects any other length', () => {
    fc.assert(
      fc.property(fc.array(digit, { minLength: 0, maxLength: 20 }), (ds) => {
        fc.pre(ds.length !== 11);
        expect(isValidMobile(ds.join(''))).toBe(false);
      }),
    );
  });
});

describe('receipt code', () => {
  const codeChar = fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ');

  it.each([
    ['A1B2C3D4E5F', null],
    ['a1b2c3d4e5f', null],
    ['A1B2-C3D4 E5F', null],
    ['A1B2C3D4E5', 'length'],
    ['A1B2C3D4E5FG', 'length'],
    ['A1B2C3D4E5_', 'characters'],
    ['回执码A1B2C3D4', 'characters'],
  ])('%s → %s', (value, problem) => {
    expect(receiptCodeProblem(value)).toBe(problem);
  });

  it('stores any 11-character code upper case, whatever case it was typed in', () => {
    fc.assert(
      fc.property(fc.array(codeChar, { minLength: 11, maxLength: 11 }), fc.boolean(), (chars, lower) => {
        const code = chars.join('');
        const typed = lower ? code.toLowerCase() : code;
        expect(isValidReceiptCode(typed)).toBe(true);
        expect(normalizeReceiptCode(typed)).toBe(code);
      }),
    );
  });

  it('rejects every other length', () => {
    fc.assert(
      fc.property(fc.array(codeChar, { maxLength: 30 }), (chars) => {
        fc.pre(chars.length !== 11);
        expect(receiptCodeProblem(chars.join(''))).toBe('length');
      }),
    );
  });
});

describe('other ID documents', () => {
  it.each([
    ['passport', 'E12345678', null],
    ['passport', 'E1', 'format'],
    ['hk-macao-permit', 'H12345678', null],
    ['hk-macao-permit', 'M1234567890', null],
    ['hk-macao-permit', 'X12345678', 'format'],
    ['taiwan-permit', '12345678', null],
    ['taiwan-permit', '1234567', 'format'],
    ['foreign-permanent-resident-id', 'USA123456789012', null],
    ['foreign-permanent-resident-id', '93308219850101001X', null],
    ['foreign-permanent-resident-id', '13308219850101001X', 'format'],
    ['resident-id', '', 'required'],
  ] as const)('%s %s → %s', (type, value, problem) => {
    expect(idNumberProblem(type, value)).toBe(problem);
  });

  it('formats dates the way the resident ID stores them', () => {
    expect(formatIsoDate({ year: 1949, month: 12, day: 31 })).toBe('1949-12-31');
  });
});
