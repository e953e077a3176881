// Dates in election configs: ISO calendar dates (YYYY-MM-DD), as the KPU schedule gives them.
import { z } from 'zod';

export const isoDate = z.iso.date({ message: 'expected an ISO date (YYYY-MM-DD)' });

/** Order checks only compare valid dates: a bad date is reported once, not again as out of order. */
export const isValidDate = (d: string): boolean => isoDate.safeParse(d).success;
