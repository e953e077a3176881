// Kysely's CommonJS build, loaded with require. Imported as ESM under tsx (how `npm start` runs), its
// ~400 module files each pass through tsx's loader hooks: ≈ 0.4 s of service start-up, against
// ≈ 0.07 s for the CommonJS build — the difference between meeting the 2 s cold-start target or not.
// Every value import of kysely in the project goes through here, so only one build is ever loaded.
import { createRequire } from 'node:module';
import type * as KyselyModule from 'kysely';

const kysely = createRequire(import.meta.url)('kysely') as typeof KyselyModule;

export const Kysely = kysely.Kysely;
export type Kysely<DB> = KyselyModule.Kysely<DB>;
export const { Migrator, PostgresDialect, SqliteDialect, sql } = kysely;
