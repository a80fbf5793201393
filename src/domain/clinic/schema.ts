import { z } from 'zod/mini';
import { isoDateSchema, optionalEnum, optionalText, ownedRecordSchema, requiredText } from '../common/schema';

/** Age ≥ 14 binds a community health centre (社康中心); under 14 may bind a hospital of level 2 or below (seed 001). */
export const CLINIC_KINDS = ['community-health-centre', 'hospital'] as const;
/** Ways to bind (seeds 000, 001): the bureau's website, WeChat 深圳医保, or on site. */
export const BINDING_METHODS = ['website', 'wechat', 'on-site'] as const;

/** One binding in a person's history; the latest by `boundOn` is the current one. */
export const clinicBindingSchema = z.extend(ownedRecordSchema, {
  name: requiredText(100),
  kind: z.enum(CLINIC_KINDS, { error: 'validation:choose' }),
  boundOn: isoDateSchema,
  method: optionalEnum(BINDING_METHODS),
  note: optionalText(500, { multiline: true }),
});
export type ClinicBinding = z.infer<typeof clinicBindingSchema>;
