import { z } from 'zod';
import { imageRoles, type ImageRole } from '$lib/edit/fields';

// The shapes of issue 15's contract (/api/edit-sessions and /api/change-requests): what a place's
// own people may change, in German, and the images they add.

const number = z.number().nullable();

export const editableProfile = z.object({
  building: z.string(),
  location: z.string(),
  town: z.string(),
  people: z.string(),
  livingAndWorking: z.string(),
  facts: z.object({ formerUse: z.string(), yearBuilt: number, projectFounded: number, floorArea: number, residents: number, workplaces: number }),
  contact: z.object({ name: z.string(), email: z.string(), phone: z.string() }),
  website: z.string(),
});
export type EditableProfile = z.infer<typeof editableProfile>;

export type NewImage = { alt: string; credit: string; licence: string; role: ImageRole };

export const publishedImage = z.object({ url: z.string(), alt: z.string(), credit: z.string(), licence: z.string(), role: z.enum(imageRoles) });
export type PublishedImage = z.infer<typeof publishedImage>;
