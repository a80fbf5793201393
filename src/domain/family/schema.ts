import { z } from 'zod/mini';
import { entityIdSchema, optionalIsoDateSchema, optionalText, ownedRecordSchema } from '../common/schema';

export const FAMILY_RELATIONS = ['parent', 'child', 'spouse', 'other'] as const;

/**
 * A family account link (家庭通道 / 个人账户家庭共济, seeds 001 and 003): the authoriser's personal account may
 * pay for the member. `profileId` is the authorised member; the authoriser is another profile on this device.
 */
export const familyLinkSchema = z
  .extend(ownedRecordSchema, {
    authoriserProfileId: entityIdSchema,
    /** How the authoriser is related to the member. */
    relation: z.enum(FAMILY_RELATIONS, { error: 'validation:choose' }),
    authoriserSocialSecurityNumber: optionalText(32),
    registeredOn: optionalIsoDateSchema,
    note: optionalText(500, { multiline: true }),
  })
  .check(
    z.refine((link) => link.authoriserProfileId !== link.profileId, {
      path: ['authoriserProfileId'],
      error: 'family:errors.selfLink',
    }),
  );
export type FamilyLink = z.infer<typeof familyLinkSchema>;
